import type { UnitKind } from '../units/unit';
import { civilDate } from '../shared/dates';
import type { FigureRow } from '../activities/activities.port';
import type { Compliance } from '../obligations/task-period';

export const REPORT_KINDS = ['weekly', 'phase', 'final'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_STATUSES = ['draft', 'submitted', 'accepted', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export interface Narrative {
  results: string;
  difficulties: string;
  proposals: string;
}

/** A unit's report for a week, a phase or the whole period: figures from activities plus narrative. */
export interface Report {
  id: string;
  unitId: string;
  kind: ReportKind;
  /** "2022-W14" for a week; the phase name ("Đợt 1") or "final" otherwise. */
  periodKey: string;
  from: string;
  to: string;
  dueOn: string;
  status: ReportStatus;
  narrative: Narrative;
  /** The figures as they stood when submitted, so an accepted report never changes under its reader. */
  figures: FigureRow[];
  compliance: Compliance | null;
  submittedAt: Date | null;
  submittedBy: string | null;
  /** When someone of a unit above first opened it after it was sent; from then on it cannot be recalled. */
  readAt: Date | null;
  readBy: string | null;
  reviewedBy: string | null;
  reviewNote: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const emptyNarrative = (): Narrative => ({ results: '', difficulties: '', proposals: '' });

/**
 * Unit kinds expected to report weekly to their parent (administrative levels): their duty is
 * implicit, with no stored row (ADR 16).
 */
export const REPORTING_KINDS = new Set<UnitKind>(['province', 'district', 'commune']);

/** How a child's report for a week stands for its parent. */
export type Punctuality = 'on_time' | 'late' | 'missing' | 'not_due';

export function punctuality(
  report: Pick<Report, 'status' | 'submittedAt' | 'dueOn'> | null,
  dueOn: string,
  today: string,
  submittedDay: string | null,
): Punctuality {
  if (!report || report.status === 'draft' || !submittedDay)
    return today > dueOn ? 'missing' : 'not_due';
  return submittedDay <= dueOn ? 'on_time' : 'late';
}

/** A report sent on an earlier day than it was entered: a past campaign's report entered later. */
export const enteredLater = (submittedOn: string | null, submittedAt: Date | null): boolean =>
  submittedOn !== null && submittedAt !== null && submittedOn < civilDate(submittedAt);
