import { weekLabel as labelOfWeek } from '../shared/week-label';
import { isoWeekKey, isoWeekStart } from '../plans/recurrence';

const DAY = 86_400_000;
const shift = (iso: string, days: number): string =>
  new Date(new Date(`${iso}T00:00:00Z`).getTime() + days * DAY).toISOString().slice(0, 10);

/** The ISO week of a key like "2022-W14": Monday to Sunday, and the report due the Monday after. */
export function weekOfKey(
  key: string,
): { key: string; from: string; to: string; dueOn: string } | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!m) return null;
  const jan4 = `${m[1]}-01-04`;
  const from = shift(isoWeekStart(jan4), (Number(m[2]) - 1) * 7);
  if (isoWeekKey(from) !== key) return null;
  return { key, from, to: shift(from, 6), dueOn: shift(from, 7) };
}

/** The week containing a civil date. */
export function weekOfDay(day: string): { key: string; from: string; to: string; dueOn: string } {
  const key = isoWeekKey(day);
  const week = weekOfKey(key);
  if (!week) throw new Error(`bad week ${key}`);
  return week;
}

/** The keys of the `count` weeks ending with the week of `day`, oldest first. */
export function recentWeeks(day: string, count: number): string[] {
  const start = isoWeekStart(day);
  return Array.from({ length: count }, (_, i) => isoWeekKey(shift(start, -7 * (count - 1 - i))));
}

/** "Tuần 20 (16/05–22/05/2022)": a week as the grid's header shows it (both years when it spans two). */
export function weekLabel(week: { key: string }): string {
  return labelOfWeek(week.key);
}

/** The keys from week `fromKey` to week `toKey`, oldest first; empty when either is not a week. */
export function weekRange(fromKey: string, toKey: string, max: number): string[] {
  const first = weekOfKey(fromKey);
  const last = weekOfKey(toKey);
  if (!first || !last || last.from < first.from) return [];
  const out: string[] = [];
  for (let day = first.from; day <= last.from && out.length < max; day = shift(day, 7))
    out.push(isoWeekKey(day));
  return out;
}
