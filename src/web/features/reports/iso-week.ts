/** ISO weeks in the browser, as the server counts them (Monday to Sunday, "2022-W14"). */
const DAY = 86_400_000;
const toDate = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);

/** A civil date moved by a number of days. */
export const shiftDay = (iso: string, days: number): string =>
  toIso(new Date(toDate(iso).getTime() + days * DAY));

/** The Monday of the week containing a civil date. */
export function weekStart(iso: string): string {
  const d = toDate(iso);
  return shiftDay(iso, -((d.getUTCDay() + 6) % 7));
}

/** The ISO week key of a civil date (the year of its Thursday). */
export function weekKey(iso: string): string {
  const monday = weekStart(iso);
  const year = toDate(shiftDay(monday, 3)).getUTCFullYear();
  const week1 = weekStart(`${year}-01-04`);
  const n = Math.round((toDate(monday).getTime() - toDate(week1).getTime()) / (7 * DAY)) + 1;
  return `${year}-W${String(n).padStart(2, '0')}`;
}

/** Monday and Sunday of a week key, or null for a key that is not a week. */
export function weekRange(key: string): { from: string; to: string } | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!m) return null;
  const from = shiftDay(weekStart(`${m[1]}-01-04`), (Number(m[2]) - 1) * 7);
  return weekKey(from) === key ? { from, to: shiftDay(from, 6) } : null;
}

/** The week key `n` weeks after (or before, when negative) another. */
export function shiftWeek(key: string, n: number): string {
  const range = weekRange(key);
  return range ? weekKey(shiftDay(range.from, 7 * n)) : key;
}

/** Every week key touching [from, to], oldest first. */
export function weeksBetween(from: string, to: string): string[] {
  const keys: string[] = [];
  for (let day = weekStart(from); day <= to; day = shiftDay(day, 7)) keys.push(weekKey(day));
  return keys;
}

const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today as a civil date in Vietnam, whatever the browser's zone: the server judges dates ("not in
 * the future", report weeks) in Asia/Ho_Chi_Minh, so the forms must default to the same day.
 */
export function today(now = new Date()): string {
  return VIETNAM_DAY.format(now);
}
