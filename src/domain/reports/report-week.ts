import { weekLabel as labelOfWeek } from '../shared/week-label';
import { addDays, weekKey, weekRange as daysOfWeek, weekStart } from '../shared/calendar';

/** The ISO week of a key like "2022-W14": Monday to Sunday, and the report due the Monday after. */
export function weekOfKey(
  key: string,
): { key: string; from: string; to: string; dueOn: string } | null {
  const week = daysOfWeek(key);
  return week && { key, from: week.from, to: week.to, dueOn: addDays(week.from, 7) };
}

/** The week containing a civil date. */
export function weekOfDay(day: string): { key: string; from: string; to: string; dueOn: string } {
  const key = weekKey(day);
  const week = weekOfKey(key);
  if (!week) throw new Error(`bad week ${key}`);
  return week;
}

/** The keys of the `count` weeks ending with the week of `day`, oldest first. */
export function recentWeeks(day: string, count: number): string[] {
  const start = weekStart(day);
  return Array.from({ length: count }, (_, i) => weekKey(addDays(start, -7 * (count - 1 - i))));
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
  for (let day = first.from; day <= last.from && out.length < max; day = addDays(day, 7))
    out.push(weekKey(day));
  return out;
}
