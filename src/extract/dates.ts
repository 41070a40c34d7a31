// Vietnamese date phrasing: "ngày 06 tháng 4 năm 2022", "05/4/2022", "ngày 5/6", "tháng 4 năm 2021",
// "tháng 01, 02, 03/2021". Dates without a year get one from context (`defaultYear`).

export interface DateMatch {
  /** ISO date, or YYYY-MM for a month; null when the year is unknown and no default was given. */
  iso: string | null;
  day: number | null;
  month: number;
  year: number | null;
  start: number;
  end: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO date from parts, or null when they are not a real date. */
export function toIso(year: number, month: number, day: number | null): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return null;
  if (day === null) return `${year}-${pad(month)}`;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || day < 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const LONG = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;
const NUMERIC = /(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?(?![\d/-]|\.\d)/gu;
const MONTH = /tháng\s+(\d{1,2})(?:\s*(?:năm\s+|\/\s*)(\d{4}))/giu;

/** Every date in `text`, in order, without overlaps. */
export function findDates(text: string, defaultYear: number | null = null): DateMatch[] {
  const found: DateMatch[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  for (const m of text.matchAll(LONG)) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    push(found, toIso(year, month, day), day, month, year, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(NUMERIC)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    const sep = m[2];
    const year = m[4] ? Number(m[4]) : null;
    // "1.200" is a number and "2022-2025" a term, not dates: dots and dashes need a year.
    if (sep !== '/' && year === null) continue;
    const [day, month] = [Number(m[1]), Number(m[3])];
    const y = year ?? defaultYear;
    if (year !== null && toIso(year, Number(m[3]), Number(m[1])) === null) continue;
    push(found, y === null ? null : toIso(y, month, day), day, month, year, start, end);
  }
  for (const m of text.matchAll(MONTH)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    const [month, year] = [Number(m[1]), Number(m[2])];
    push(found, toIso(year, month, null), null, month, year, start, end);
  }
  return found.sort((a, b) => a.start - b.start);
}

function push(
  found: DateMatch[],
  iso: string | null,
  day: number | null,
  month: number,
  year: number | null,
  start: number,
  end: number,
): void {
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return;
  found.push({ iso, day, month, year, start, end });
}

/** The first date in `text`, resolved with `defaultYear` when it has none. */
export function firstDate(text: string, defaultYear: number | null = null): DateMatch | null {
  return findDates(text, defaultYear).find((d) => d.iso !== null) ?? null;
}

/** "từ 01/4/2022 đến hết 15/6/2022", "từ ngày 5/6 đến ngày 10/6/2022": a date range. */
export function findRange(
  text: string,
  defaultYear: number | null,
): { from: DateMatch; to: DateMatch } | null {
  const m =
    /từ\s+(?:ngày\s+)?(.{3,40}?)\s*(?:đến|tới|-)\s*(?:hết\s+|trước\s+)?(?:ngày\s+)?(.{3,40})/iu.exec(
      text,
    );
  if (!m) return null;
  const offset = m.index;
  const toDates = findDates(text.slice(offset), defaultYear);
  const [from, to] = toDates;
  if (!from || !to) return null;
  // A year stated only on the end date ("từ 01/4 đến 15/6/2022") applies to both.
  const year = from.year ?? to.year ?? defaultYear;
  const fromIso = year !== null ? toIso(year, from.month, from.day) : null;
  if (!fromIso || !to.iso) return null;
  const shift = (d: DateMatch, iso: string): DateMatch => ({
    ...d,
    iso,
    start: d.start + offset,
    end: d.end + offset,
  });
  return { from: shift(from, fromIso), to: shift(to, to.iso) };
}
