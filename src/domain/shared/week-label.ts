/** ISO weeks ("2022-W20") as officials write them: "Tuần 20 (16/05–22/05/2022)". */
const DAY = 86_400_000;
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const pad = (n: number) => String(n).padStart(2, '0');
const dm = (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}`;
const dmy = (d: Date) => `${dm(d)}/${d.getUTCFullYear()}`;

/** Monday and Sunday of an ISO week key, or null for a key that is not one. */
export function isoWeekDays(key: string): { n: number; from: Date; to: Date } | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!m) return null;
  const jan4 = utc(`${m[1]}-01-04`);
  const n = Number(m[2]);
  const from = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY + (n - 1) * 7 * DAY);
  const thursday = new Date(from.getTime() + 3 * DAY);
  if (n < 1 || thursday.getUTCFullYear() !== Number(m[1])) return null;
  return { n, from, to: new Date(from.getTime() + 6 * DAY) };
}

/**
 * "2022-W20" → "Tuần 20 (16/05–22/05/2022)"; a week across two years names both
 * ("Tuần 1 (29/12/2025–04/01/2026)"). A month key ("2022-04") reads "Tháng 4/2022", a phase's
 * ("Đợt 1 2021-01-18/2021-03-25") "Đợt 1 (18/01/2021–25/03/2021)"; any other comes back unchanged.
 */
export function weekLabel(key: string, words = { week: 'Tuần', month: 'Tháng' }): string {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) return `${words.month} ${Number(month[2])}/${month[1]}`;
  // A phase's key (reports/phase-key.ts): "Đợt 1 2021-01-18/2021-03-25".
  const phase = /^(.+) (\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(key);
  if (phase) return `${phase[1]} (${dmy(utc(phase[2] ?? ''))}–${dmy(utc(phase[3] ?? ''))})`;
  const w = isoWeekDays(key);
  if (!w) return key;
  const year = (d: Date) => d.getUTCFullYear();
  const from = year(w.from) === year(w.to) ? dm(w.from) : `${dm(w.from)}/${year(w.from)}`;
  return `${words.week} ${w.n} (${from}–${dm(w.to)}/${year(w.to)})`;
}
