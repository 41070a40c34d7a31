import { addDays, weekday } from '../shared/calendar';
import { foldVietnamese } from '../shared/text';

export const ELECTION_TYPES = ['NA_HDND', 'VILLAGE_HEAD', 'OTHER'] as const;
export type ElectionType = (typeof ELECTION_TYPES)[number];

/** Who the village-head winner's "more than 50%" is counted against (a setting of the election). */
export const VOTE_DENOMINATORS = ['present', 'households'] as const;
export type VoteDenominator = (typeof VOTE_DENOMINATORS)[number];

/** Who votes for a village head: household representatives, or every voter where the locality chooses so. */
export const VOTER_BASES = ['households', 'voters'] as const;
export type VoterBasis = (typeof VOTER_BASES)[number];

export interface Election {
  id: string;
  /** Stable readable id: `na-hdnd.2026-03-15`, `village-head.quang-ninh.2022-06-05`. */
  slug: string;
  type: ElectionType;
  name: string;
  /** "2026-2031". */
  term: string;
  /** YYYY-MM-DD, civil date in Vietnam. */
  electionDay: string;
  /** The milestone template the election was created from. */
  template: string;
  unitId: string;
  unitPath: string;
  /** Why an NA_HDND election day is not a Sunday, when it is not. */
  dayReason: string | null;
  voteDenominator: VoteDenominator;
  voterBasis: VoterBasis;
  /** Demo or generated data: every portal page built on it says so. */
  sample: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const TYPE_SLUG: Record<ElectionType, string> = {
  NA_HDND: 'na-hdnd',
  VILLAGE_HEAD: 'village-head',
  OTHER: 'election',
};

const UNIT_PREFIX =
  /^(tinh|thanh pho|tp|quan|huyen|thi xa|thi tran|phuong|xa|dac khu|thon|ban|khu pho|to dan pho|to)\s+/;

/** A unit name as a URL word: "Tỉnh Quảng Ninh" → "quang-ninh". */
export function unitSlug(name: string): string {
  return foldVietnamese(name)
    .replace(UNIT_PREFIX, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The readable id of an election: type, the scope unit (none for the whole country), the day. */
export function electionSlug(type: ElectionType, scopeName: string | null, day: string): string {
  const place = scopeName ? unitSlug(scopeName) : '';
  return [TYPE_SLUG[type], place, day].filter(Boolean).join('.');
}

/** Adds working days (Monday to Friday) to a civil date; public holidays are not known here. */
export function addWorkingDays(iso: string, days: number): string {
  let day = iso;
  let left = Math.abs(days);
  const step = days < 0 ? -1 : 1;
  while (left > 0) {
    day = addDays(day, step);
    const w = weekday(day);
    if (w !== 0 && w !== 6) left -= 1;
  }
  return day;
}

/** The warning an NA_HDND election day that is not a Sunday deserves, or null. */
export function electionDayWarning(type: ElectionType, day: string): string | null {
  if (type !== 'NA_HDND' || weekday(day) === 0) return null;
  return 'Ngày bầu cử đại biểu Quốc hội và HĐND phải là ngày Chủ nhật (Điều 5 Luật Bầu cử); hãy ghi rõ lý do nếu vẫn chọn ngày này.';
}
