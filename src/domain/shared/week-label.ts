/** ISO weeks ("2022-W20") as officials write them: "Tuần 20 (16/05–22/05/2022)". */
import { weekRange } from './calendar';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const pad = (n: number) => String(n).padStart(2, '0');
const dm = (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}`;
const dmy = (d: Date) => `${dm(d)}/${d.getUTCFullYear()}`;

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
  const w = weekRange(key);
  if (!w) return key;
  const [from, to] = [utc(w.from), utc(w.to)];
  const year = (d: Date) => d.getUTCFullYear();
  const start = year(from) === year(to) ? dm(from) : `${dm(from)}/${year(from)}`;
  return `${words.week} ${w.n} (${start}–${dm(to)}/${year(to)})`;
}
