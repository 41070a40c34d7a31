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

const DAY = 86_400_000;
const toDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date): string => d.toISOString().slice(0, 10);

/** Monday of the ISO week containing a civil date. */
export function isoWeekStart(iso: string): string {
  const d = toDate(iso);
  const dow = (d.getUTCDay() + 6) % 7;
  return toIso(new Date(d.getTime() - dow * DAY));
}

/** ISO week label "2022-W14" of a civil date (the year of its Thursday). */
export function isoWeekKey(iso: string): string {
  const monday = toDate(isoWeekStart(iso));
  const thursday = new Date(monday.getTime() + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const jan4 = toDate(`${year}-01-04`);
  const week1 = toDate(isoWeekStart(toIso(jan4)));
  const n = Math.round((monday.getTime() - week1.getTime()) / (7 * DAY)) + 1;
  return `${year}-W${String(n).padStart(2, '0')}`;
}

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
      end = toIso(new Date(toDate(isoWeekStart(cursor)).getTime() + 6 * DAY));
      key = isoWeekKey(cursor);
    } else {
      const d = toDate(cursor);
      end = toIso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
      key = cursor.slice(0, 7);
    }
    const clipped = end < to ? end : to;
    out.push({ key, from: cursor, to: clipped, required: rule.count });
    cursor = toIso(new Date(toDate(clipped).getTime() + DAY));
  }
  return out;
}
