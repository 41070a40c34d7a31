import type { ActivityResponse } from '../../../contracts/activities.contract';
import { weekKey, weeksBetween } from '../../../contracts/weeks';
import type { Obligation, ObligationStatus } from './progress.api';

/** Whether a window counts in the rate yet, and whether it was met (as the server judges). */
export function judged(status: ObligationStatus): { due: boolean; met: boolean } {
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
export function complianceByWeek(items: Obligation[]): WeekCompliance[] {
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

export interface WeeklySeries {
  weeks: string[];
  series: Array<{ key: string; name: string; data: number[] }>;
}

/**
 * Activities per week, one series per channel or category: the number of entries (quantities
 * of different units of measure do not add up), series largest first.
 */
export function activitiesByWeek(
  items: ActivityResponse[],
  range: { from: string; to: string },
  by: 'channel' | 'category',
  nameOf: (a: ActivityResponse) => string,
): WeeklySeries {
  const weeks = weeksBetween(range.from, range.to);
  const index = new Map(weeks.map((w, i) => [w, i]));
  const series = new Map<string, { key: string; name: string; data: number[] }>();
  for (const a of items) {
    // A figure over several channels is one series of its own ("radio+television"), never one in each.
    const key = by === 'channel' ? a.channels.join('+') : a.categoryCode;
    const i = index.get(weekKey(a.occurredOn));
    if (i === undefined) continue;
    const s = series.get(key) ?? { key, name: nameOf(a), data: weeks.map(() => 0) };
    s.data[i] = (s.data[i] ?? 0) + 1;
    series.set(key, s);
  }
  const total = (d: number[]) => d.reduce((x, y) => x + y, 0);
  return { weeks, series: [...series.values()].sort((a, b) => total(b.data) - total(a.data)) };
}

const STATUS_ORDER: Record<ObligationStatus, number> = {
  overdue: 0,
  missed: 1,
  pending: 2,
  open: 3,
  done_late: 4,
  met: 5,
  done_on_time: 6,
};

/** Deadlines still to meet (open or pending windows), soonest first. */
export const upcoming = (items: Obligation[]): Obligation[] =>
  items
    .filter((o) => o.status === 'open' || o.status === 'pending')
    .sort((a, b) => a.to.localeCompare(b.to) || a.taskTitle.localeCompare(b.taskTitle));

/** The worst status of a set of windows first; used to order tasks in the drill-down. */
export const statusRank = (s: ObligationStatus): number => STATUS_ORDER[s];
