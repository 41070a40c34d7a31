import type { UnitKind } from '../units/unit';
import { documentNumber } from '../shared/document-lines';

/** Outreach channel codes (shared/extract/channels.md). */
export const CHANNELS = [
  'radio',
  'loudspeaker',
  'television',
  'press',
  'web_portal',
  'social_media',
  'bulletin_board',
  'visual',
  'print',
  'mobile_vehicle',
  'meeting',
  'internal_messaging',
  'sms',
  'cultural_event',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const PLAN_STATUSES = ['draft', 'submitted', 'issued', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** The statuses of a plan that has been issued: in force, or closed at the end of its period. */
export const ISSUED_PLAN_STATUSES = ['issued', 'closed'] as const satisfies readonly PlanStatus[];

/** Whether a plan has been issued (and so sent down, numbered and readable below). */
export const isIssued = (status: PlanStatus): boolean =>
  (ISSUED_PLAN_STATUSES as readonly PlanStatus[]).includes(status);

/** A document cited as the plan's ground: free text, or a plan in Loa. */
export interface Basis {
  text: string;
  planId: string | null;
}

export interface Phase {
  name: string;
  /** YYYY-MM-DD; empty in a draft until typed (an issued plan always has both). */
  from: string;
  to: string;
  /** The peak window around election day (đợt cao điểm). */
  peak: boolean;
}

export const RECURRENCE_UNITS = ['week', 'month'] as const;
export type RecurrenceUnit = (typeof RECURRENCE_UNITS)[number];

/** How often a recurring task must be done: at least `count` times each ISO week or month. */
export interface Recurrence {
  count: number;
  per: RecurrenceUnit;
}

export interface AssignmentTask {
  text: string;
  channel: Channel | null;
  /** As written in the plan, e.g. "tối thiểu 01 lần/tuần". */
  frequencyText: string | null;
  recurrence: Recurrence | null;
  deadline: string | null; // YYYY-MM-DD, for one-off tasks
  target: string | null;
}

/**
 * "All units of a kind below": every active unit of `kind` inside `underId`'s subtree (the
 * issuer's own subtree when null), but for `exceptIds`; resolved when the plan is issued.
 */
export interface AllOfKind {
  kind: UnitKind;
  underId: string | null;
  exceptIds: string[];
}

export interface Assignment {
  /** The assigned unit in Loa; null while the drafter has not chosen it (e.g. just derived). */
  unitId: string | null;
  /**
   * More units sharing the same heading and tasks ("Ủy ban MTTQ và các đoàn thể"); absent in plans
   * written before assignments could name several units, which is the same as empty.
   */
  unitIds?: string[];
  /** Also every unit of a kind below ("các khu phố"); absent or null when not used. */
  allOf?: AllOfKind | null;
  /** The heading the document prints, e.g. "Bộ phận Văn hóa Xã hội". */
  unitName: string;
  tasks: AssignmentTask[];
}

export type RecipientPurpose = 'b/c' | 't/h' | 'p/h';
export interface Recipient {
  name: string;
  purpose: RecipientPurpose | null;
  unitId: string | null;
}

export interface Signer {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", or empty. */
  authority: string;
  position: string;
  name: string;
}

/** Everything a drafter edits; the document's own order. */
export interface PlanContent {
  title: string;
  place: string;
  parentBody: string;
  issuingBody: string;
  bodyCode: string; // the "UBND" of 51/KH-UBND
  electionId: string | null;
  bases: Basis[];
  preamble: string;
  purposes: string;
  requirements: string;
  contentThemes: string;
  channels: Channel[];
  channelsText: string;
  periodFrom: string | null;
  periodTo: string | null;
  timeText: string;
  /** The assignees must report weekly to the issuer over the plan's period. */
  requireWeeklyReports: boolean;
  phases: Phase[];
  assignments: Assignment[];
  closing: string;
  recipients: Recipient[];
  archiveLine: string; // "Lưu: VT."
  signer: Signer;
}

export interface Plan extends PlanContent {
  id: string;
  unitId: string;
  status: PlanStatus;
  number: number | null;
  issuedOn: string | null; // YYYY-MM-DD
  derivedFromId: string | null;
  revisionOfId: string | null;
  createdBy: string;
  /** Everyone who wrote or changed this version: none of them may issue it (four eyes). */
  editors: string[];
  submittedBy: string | null;
  approvedBy: string | null;
  returnNote: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const PLAN_TYPE_CODE = 'KH';

/** "51/KH-UBND"; numbers below 10 padded ("05/KH-UBND"); null before issue. */
export function planNumberText(plan: Pick<Plan, 'number' | 'bodyCode'>): string | null {
  return plan.number === null
    ? null
    : documentNumber(plan.number, `${PLAN_TYPE_CODE}-${plan.bodyCode}`);
}
