import type { Role } from '../accounts/access';

/** A person who can act on an item: named to whoever waits on them. */
export interface Approver {
  name: string;
  role: Role;
  unitName: string;
}

/** A weekly report the user's unit owes and has not sent (none yet, a draft, or returned). */
export interface OwedReport {
  unitName: string;
  week: { key: string; from: string; to: string; dueOn: string };
  status: 'draft' | 'returned' | null;
}

/** An approved item sent to the user's unit that the unit has not acknowledged ("đã nhận"). */
export interface DocumentToAcknowledge {
  contentId: string;
  title: string;
  fromUnitName: string;
  distributedOn: string;
}

/** An issued plan sent to the user's unit (given it tasks, or named in Nơi nhận), not yet acknowledged. */
export interface PlanToAcknowledge {
  planId: string;
  title: string;
  number: number | null;
  bodyCode: string;
  fromUnitName: string;
  issuedOn: string;
}

/** A task window of the user's unit or a unit directly below it. */
export interface TaskWindow {
  taskId: string;
  title: string;
  unitId: string;
  unitName: string;
  kind: 'week' | 'month' | 'once';
  from: string;
  to: string;
  done: number;
  required: number;
  firstDoneOn: string | null;
}

export const PENDING_KINDS = [
  'content',
  'plan',
  'weekly_report',
  'claim',
  'phase_summary',
] as const;
export type PendingKind = (typeof PENDING_KINDS)[number];

/** Something waiting on a decision: on the user (to approve or handle) or on others (theirs). */
export interface PendingItem {
  kind: PendingKind;
  id: string;
  title: string;
  unitName: string;
  /** The day it started waiting. */
  since: string;
  /** A claim's status code; null for the others. */
  state: string | null;
  /** Who wrote or sent it, for items awaiting the user. */
  byName: string | null;
  /** Who can decide it, for the user's own items awaiting others. */
  approvers: Approver[];
  /** For a sơ kết to issue: the unit and the plan whose phase it is (`title` is the phase). */
  summary?: { unitId: string; planId: string };
}

/** An election step not yet done, of an election the user's unit takes part in. */
export interface MilestoneNear {
  id: string;
  electionId: string;
  electionName: string;
  title: string;
  dueOn: string;
}

/** What the today view is assembled from; each list is already scoped to the user. */
export interface TodayFacts {
  reports: OwedReport[];
  documents: DocumentToAcknowledge[];
  plans: PlanToAcknowledge[];
  tasks: TaskWindow[];
  toApprove: PendingItem[];
  waiting: PendingItem[];
  milestones: MilestoneNear[];
}

export const TODAY_GROUPS = [
  'reports',
  'approvals',
  'documents',
  'tasks',
  'waiting',
  'milestones',
] as const;
export type TodayGroupKey = (typeof TODAY_GROUPS)[number];

/** due / due_today / late (reports); met / pending / missed (tasks); soon (milestones). */
export type LineStatus =
  'due' | 'due_today' | 'late' | 'met' | 'pending' | 'missed' | 'soon' | 'waiting';

/** One line of "Việc cần làm": what, for which unit, which date, its state, and where it opens. */
export interface TodayLine {
  kind: 'report' | 'document' | 'issued_plan' | 'task' | 'milestone' | PendingKind;
  id: string;
  title: string;
  unitName: string;
  /** A deadline (reports, tasks, milestones) or the day it started waiting (the others). */
  date: string;
  status: LineStatus;
  /** A claim's status code, a report's draft/returned, a recurring task's done/required. */
  detail: string | null;
  byName: string | null;
  approvers: Approver[];
  /** Where the line opens, under /app. */
  link: string;
}

export interface TodayGroup {
  key: TodayGroupKey;
  count: number;
  lines: TodayLine[];
}

export interface TodayView {
  today: string;
  week: { key: string; from: string; to: string };
  total: number;
  groups: TodayGroup[];
}
