import { weekKey } from '../shared/calendar';

/** A task window's state as the server judges it (the obligations API). */
export type WindowStatus =
  'met' | 'missed' | 'pending' | 'done_on_time' | 'done_late' | 'open' | 'overdue';

/** Whether a window counts in the rate yet, and whether it was met (as the server judges). */
export function judged(status: WindowStatus): { due: boolean; met: boolean } {
  switch (status) {
    case 'met':
    case 'done_on_time':
      return { due: true, met: true };
    case 'missed':
    case 'done_late':
    case 'overdue':
      return { due: true, met: false };
    case 'pending':
    case 'open':
      return { due: false, met: false };
  }
}

/** Percent with at most one decimal, or null. */
export const percent = (rate: number | null): number | null =>
  rate === null ? null : Math.round(rate * 1000) / 10;

export interface WeekCompliance {
  week: string;
  due: number;
  met: number;
  rate: number | null;
}

/** Task windows by the ISO week they end in: how many were due, met, and the rate in percent. */
export function complianceByWeek(
  items: ReadonlyArray<{ status: WindowStatus; to: string }>,
): WeekCompliance[] {
  const weeks = new Map<string, { due: number; met: number }>();
  for (const o of items) {
    const { due, met } = judged(o.status);
    const key = weekKey(o.to);
    const w = weeks.get(key) ?? { due: 0, met: 0 };
    weeks.set(key, { due: w.due + (due ? 1 : 0), met: w.met + (met ? 1 : 0) });
  }
  return [...weeks]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, w]) => ({ week, ...w, rate: w.due ? percent(w.met / w.due) : null }));
}

/** Deadlines still to meet (open or pending windows), soonest first. */
export const upcoming = <T extends { status: WindowStatus; to: string; taskTitle: string }>(
  items: readonly T[],
): T[] =>
  items
    .filter((o) => o.status === 'open' || o.status === 'pending')
    .sort((a, b) => a.to.localeCompare(b.to) || a.taskTitle.localeCompare(b.taskTitle));
