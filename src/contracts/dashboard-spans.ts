import { addDays, today, weeksBetween } from './weeks';

/**
 * What a dashboard reads beside its period, from the period alone: the weeks of the reports grid
 * (at most 26, ending with the period) and the four weeks of deadlines ahead (from today, or
 * from the end of a period in the past). The SPA's dashboard and its first view share it.
 */
export function dashboardSpans(range: { from: string; to: string }, day = today()) {
  const start = range.to < day ? range.to : day;
  return {
    gridWeeks: Math.min(26, weeksBetween(range.from, range.to).length),
    ahead: { from: start, to: addDays(start, 28) },
  };
}

/** How many deadlines ahead and late reports a dashboard lists; the rest are counted. */
export const UPCOMING_SHOWN = 10;
export const LATE_SHOWN = 12;
