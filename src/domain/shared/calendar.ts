// Civil dates ("2022-04-01") and ISO weeks ("2022-W14"), the one copy the server and the web app
// both count with (the web reads it through contracts/weeks.ts). A civil date names a day, not
// an instant, so the arithmetic is done at UTC midnight, where no zone or daylight saving moves it.

const DAY = 86_400_000;
const atMidnight = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
const civil = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The civil date `n` days after (before, when negative) another. */
export const addDays = (iso: string, n: number): string => civil(atMidnight(iso) + n * DAY);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((atMidnight(to) - atMidnight(from)) / DAY);

/** Day of the week, 0 = Sunday … 6 = Saturday, as `Date#getDay` counts. */
export const weekday = (iso: string): number => new Date(atMidnight(iso)).getUTCDay();

/** ISO day of the week, 1 = Monday … 7 = Sunday, as Vietnamese calendars count. */
export const isoWeekday = (iso: string): number => ((weekday(iso) + 6) % 7) + 1;

/** The Monday of the week containing a civil date. */
export const weekStart = (iso: string): string => addDays(iso, 1 - isoWeekday(iso));

/** The ISO week key of a civil date ("2022-W14"): its week belongs to the year of its Thursday. */
export function weekKey(iso: string): string {
  const monday = weekStart(iso);
  const year = addDays(monday, 3).slice(0, 4);
  const n = daysBetween(weekStart(`${year}-01-04`), monday) / 7 + 1;
  return `${year}-W${String(n).padStart(2, '0')}`;
}

/** Monday and Sunday of a week key, with its number; null for a key that is not a week. */
export function weekRange(key: string): { n: number; from: string; to: string } | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!m) return null;
  const n = Number(m[2]);
  const from = addDays(weekStart(`${m[1]}-01-04`), (n - 1) * 7);
  return weekKey(from) === key ? { n, from, to: addDays(from, 6) } : null;
}

/** The week key `n` weeks after (before, when negative) another; a non-week key comes back. */
export function shiftWeek(key: string, n: number): string {
  const range = weekRange(key);
  return range ? weekKey(addDays(range.from, 7 * n)) : key;
}

/** Every week key touching [from, to], oldest first. */
export function weeksBetween(from: string, to: string): string[] {
  const keys: string[] = [];
  for (let day = weekStart(from); day <= to; day = addDays(day, 7)) keys.push(weekKey(day));
  return keys;
}
