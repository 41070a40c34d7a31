import type { FieldIssue } from '../shared/domain-error';

/** new → verifying → a verdict → corrected (a published correction) → closed. */
export const CLAIM_STATUSES = [
  'new',
  'verifying',
  'false',
  'misleading',
  'true',
  'not_election',
  'corrected',
  'closed',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const VERDICTS = ['false', 'misleading', 'true', 'not_election'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const isVerdict = (s: string): s is Verdict => (VERDICTS as readonly string[]).includes(s);

export const PLATFORMS = [
  'facebook',
  'zalo',
  'tiktok',
  'youtube',
  'website',
  'press',
  'word_of_mouth',
  'other',
] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * A false or misleading claim about the election seen somewhere, and its handling. It records the
 * claim, never the people: there is deliberately no field for who said it beyond a public link.
 */
export interface Claim {
  id: string;
  unitId: string;
  unitPath: string;
  text: string;
  platform: Platform;
  link: string | null;
  screenshotKey: string | null;
  screenshotType: string | null;
  firstSeenOn: string;
  /** Views, shares or people reached, as estimated by the desk. */
  reach: number | null;
  topic: string;
  status: ClaimStatus;
  verdict: Verdict | null;
  /** The case: similar claims from many places share the id of the first one. */
  groupId: string;
  /** The correction (an article in the content library) published against this case. */
  correctionId: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

const NEXT: Record<ClaimStatus, readonly ClaimStatus[]> = {
  new: ['verifying', 'closed'],
  verifying: ['false', 'misleading', 'true', 'not_election'],
  false: ['corrected', 'closed', 'verifying'],
  misleading: ['corrected', 'closed', 'verifying'],
  true: ['closed', 'verifying'],
  not_election: ['closed', 'verifying'],
  corrected: ['closed'],
  closed: ['verifying'],
};

/** The statuses a claim may move to from one, in the order a screen offers them. */
export const nextStatuses = (from: ClaimStatus): readonly ClaimStatus[] => NEXT[from];

/** Why a claim may not move from one status to another, or null when it may. */
export function transitionIssue(
  from: ClaimStatus,
  to: ClaimStatus,
  hasPublishedCorrection: boolean,
): FieldIssue | null {
  if (!NEXT[from].includes(to))
    return {
      path: 'status',
      message: `Không chuyển được từ "${STATUS_VI[from]}" sang "${STATUS_VI[to]}".`,
    };
  if (to === 'corrected' && !hasPublishedCorrection)
    return { path: 'status', message: 'Cần đăng bài đính chính lên cổng thông tin trước.' };
  return null;
}

export const STATUS_VI: Record<ClaimStatus, string> = {
  new: 'Mới',
  verifying: 'Đang xác minh',
  false: 'Sai sự thật',
  misleading: 'Gây hiểu lầm',
  true: 'Đúng sự thật',
  not_election: 'Không liên quan bầu cử',
  corrected: 'Đã đính chính',
  closed: 'Đã đóng',
};
