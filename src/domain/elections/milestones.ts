import { addDays, daysBetween } from '../shared/calendar';
import { addWorkingDays } from './election';
import type { MilestoneTemplateItem } from './milestone-templates';

export interface Milestone {
  id: string;
  electionId: string;
  code: string;
  title: string;
  /** Offset from election day when the date follows it; null for a milestone added by hand. */
  offset: number | null;
  workingDays: boolean;
  dueOn: string;
  time: string | null;
  note: string | null;
  forVoters: boolean;
  /** Its date was set by hand: moving election day leaves it where it is. */
  edited: boolean;
  doneAt: Date | null;
  evidenceNote: string | null;
  evidenceUrl: string | null;
  evidenceFileName: string | null;
  sort: number;
  /** The legal basis of the step, shown beside it in the UI and the calendar. */
  citation: string | null;
  /** Set when the step is a unit's own on an election above it (a ward's part of a province's). */
  unitId: string | null;
  unitPath: string | null;
  /** Each sub-unit (thôn, khu phố) in scope does the step itself, with a date and a photo. */
  perSubUnit: boolean;
  /** Who added a step by hand; null for a template's. */
  createdBy: string | null;
}

export type MilestoneStatus = 'done' | 'upcoming' | 'due' | 'overdue';

/** How many days ahead a milestone counts as due rather than upcoming. */
export const DUE_WINDOW_DAYS = 7;

/** The largest evidence file a milestone takes (any type). */
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

/** The date of a template step for an election day. */
export function milestoneDate(
  item: Pick<MilestoneTemplateItem, 'offset' | 'workingDays'>,
  day: string,
): string {
  return item.workingDays ? addWorkingDays(day, item.offset) : addDays(day, item.offset);
}

/** Done; overdue (past its date); due (today or within a week); or upcoming. */
export function milestoneStatus(
  m: Pick<Milestone, 'dueOn' | 'doneAt'>,
  today: string,
): MilestoneStatus {
  if (m.doneAt) return 'done';
  const left = daysBetween(today, m.dueOn);
  if (left < 0) return 'overdue';
  if (left <= DUE_WINDOW_DAYS) return 'due';
  return 'upcoming';
}

/** The milestones that follow election day, moved to a new one; edited ones stay. */
export function moveMilestones<
  M extends Pick<Milestone, 'offset' | 'workingDays' | 'edited' | 'dueOn'>,
>(milestones: M[], newDay: string): M[] {
  return milestones.map((m) =>
    m.edited || m.offset === null
      ? m
      : { ...m, dueOn: milestoneDate({ offset: m.offset, workingDays: m.workingDays }, newDay) },
  );
}
