import type { ActivityResponse } from '../../../contracts/activities.contract';
import { weekKey, weeksBetween } from '../../../contracts/weeks';
import type { ObligationStatus } from './progress.api';

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

/** The worst status of a set of windows first; used to order tasks in the drill-down. */
export const statusRank = (s: ObligationStatus): number => STATUS_ORDER[s];
