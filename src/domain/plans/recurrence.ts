import { addDays, weekKey, weekStart } from '../shared/calendar';
import { foldVietnamese } from '../shared/text';
import type { Recurrence } from './plan';

/**
 * Reads a frequency as plans write it: "tối thiểu 01 lần/tuần", "ít nhất 2 lần một tuần",
 * "hằng tuần", "mỗi tháng 1 lần". Returns null when the text states no countable rhythm.
 */
export function parseFrequency(text: string): Recurrence | null {
  const t = foldVietnamese(text);
  const per = /tuan/.test(t) ? 'week' : /thang/.test(t) ? 'month' : null;
  if (!per) return null;
  const count = /(\d+)\s*(lan|buoi|luot|tin|bai)/.exec(t)?.[1];
  if (count) return { count: Number(count), per };
  if (/(hang|moi) (tuan|thang)/.test(t)) return { count: 1, per };
  return null;
}

/** The last day of the calendar month of a civil date. */
const monthEnd = (iso: string): string => {
  const d = new Date(`${iso.slice(0, 7)}-01T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
};

export interface DuePeriod {
  key: string; // "2022-W14" or "2022-04"
  from: string; // first civil day inside the plan period
  to: string; // last civil day inside the plan period
  required: number;
}

/**
 * The periods a recurring task is due in: every ISO week (or calendar month) that overlaps the
 * period from `from` to `to`, clipped to it. "≥ 1 a week from 01/4 to 15/6/2022" is 12 ISO weeks, W13 to W24.
 */
export function expandRecurrence(rule: Recurrence, from: string, to: string): DuePeriod[] {
  if (to < from) return [];
  const out: DuePeriod[] = [];
  let cursor = from;
  while (cursor <= to) {
    let end: string;
    let key: string;
    if (rule.per === 'week') {
      end = addDays(weekStart(cursor), 6);
      key = weekKey(cursor);
    } else {
      end = monthEnd(cursor);
      key = cursor.slice(0, 7);
    }
    const clipped = end < to ? end : to;
    out.push({ key, from: cursor, to: clipped, required: rule.count });
    cursor = addDays(clipped, 1);
  }
  return out;
}
