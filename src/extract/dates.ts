import { HeldSpans } from './held-spans';

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
// A dash may join two dates ("24/4/2021-5/5/2021"), so a dash after a year, or before a day that
// starts a date, does not make the number part of something longer.
const NUMERIC =
  /(?<![\d/.])(?<!(?<!\d{4})-)(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?(?!\d|\/|\.\d|-(?!\s*\d{1,2}\s*[/.-]\s*\d))/gu;
/** "30/4 năm 2021": a year written out after a day and month. */
const YEAR_AFTER = /^\s+năm\s+(\d{4})/u;
/** "ngày 22 - 5", "ngày 16-2": newspapers join day and month with a dash after "ngày". */
const DAY_WORD = /ngày\s*$/iu;
const MONTH = /tháng\s+(\d{1,2})(?:\s*(?:năm\s+|[/-]\s*)(\d{4}))/giu;
// "tháng 3" alone: only ranges read it, where the other end lends the year.
const BARE_MONTH = /tháng\s+(\d{1,2})(?![\d/-]|\s*năm\s+\d)/giu;

/** Every date in `text`, in order, without overlaps. */
export function findDates(
  text: string,
  defaultYear: number | null = null,
  bareMonths = false,
): DateMatch[] {
  const found: DateMatch[] = [];
  // Each pattern after the first takes only what the ones before left.
  const held = new HeldSpans(text.length);
  const taken = (s: number, e: number) => held.overlaps(s, e);
  const add = (date: DateMatch | null): void => {
    if (!date) return;
    found.push(date);
    held.hold(date.start, date.end);
  };
  for (const m of text.matchAll(LONG)) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    add(dateOf(toIso(year, month, day), day, month, year, m.index, m.index + m[0].length));
  }
  for (const m of text.matchAll(NUMERIC)) {
    const start = m.index;
    let end = start + m[0].length;
    if (taken(start, end)) continue;
    const sep = m[2];
    const written = m[4] ?? YEAR_AFTER.exec(text.slice(end))?.[1];
    if (!m[4] && written) end += (YEAR_AFTER.exec(text.slice(end))?.[0] ?? '').length;
    const year = written ? Number(written) : null;
    // "1.200" is a number and "2022-2025" a term, not dates: dots and dashes need a year, except
    // a dash right after "ngày".
    const dayWord = sep === '-' && DAY_WORD.test(text.slice(Math.max(0, start - 8), start));
    if (sep !== '/' && year === null && !dayWord) continue;
    const [day, month] = [Number(m[1]), Number(m[3])];
    const y = year ?? defaultYear;
    if (year !== null && toIso(year, Number(m[3]), Number(m[1])) === null) continue;
    add(dateOf(y === null ? null : toIso(y, month, day), day, month, year, start, end));
  }
  for (const m of text.matchAll(MONTH)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    const [month, year] = [Number(m[1]), Number(m[2])];
    add(dateOf(toIso(year, month, null), null, month, year, start, end));
  }
  for (const m of bareMonths ? text.matchAll(BARE_MONTH) : []) {
    const end = m.index + m[0].length;
    if (taken(m.index, end)) continue;
    const month = Number(m[1]);
    const iso = defaultYear === null ? null : toIso(defaultYear, month, null);
    add(dateOf(iso, null, month, null, m.index, end));
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A date from its parts, or null when the month or day cannot be one. */
function dateOf(
  iso: string | null,
  day: number | null,
  month: number,
  year: number | null,
  start: number,
  end: number,
): DateMatch | null {
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
  return { iso, day, month, year, start, end };
}

/** The first date in `text`, resolved with `defaultYear` when it has none. */
export function firstDate(text: string, defaultYear: number | null = null): DateMatch | null {
  return findDates(text, defaultYear).find((d) => d.iso !== null) ?? null;
}

export interface DateRange {
  /** Null when the range only has an end ("đến trước ngày 10/5"). */
  from: DateMatch | null;
  /** Null when the range only has a start ("bắt đầu từ tháng 10/2025"). */
  to: DateMatch | null;
}

const TIME_OF_DAY = String.raw`(?:\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?(?:\s*(?:sáng|chiều|tối))?\s+)?`;
// "từ đầu tháng 4": the start of a month is the month.
const FROM_CUE = new RegExp(
  String.raw`(?:từ|\()\s*${TIME_OF_DAY}(?:ngày\s+|(?:đầu|giữa)\s+)?$`,
  'iu',
);
const TO_CUE = new RegExp(
  String.raw`^\s*\)?\s*,?\s*(?:đến|tới|-|–|—)\s*(?:hết\s+|trước\s+)?${TIME_OF_DAY}(?:ngày\s+)?(?:bầu cử\s+)?$`,
  'iu',
);
/** "đến (hết) ngày bầu cử": the range ends on the vote, which the caller may know. */
const TO_ELECTION = /^\s*,?\s*(?:đến|tới)\s+(?:hết\s+|trước\s+)?(?:ngày\s+)?(?:cuộc\s+)?bầu cử/iu;

/**
 * Every "từ X đến Y" in `text` ("từ 01/4 đến hết 15/6/2022", "từ tháng 3 đến 30/4 năm 2021",
 * "từ 0h00 ngày 01/4/2021 đến 24h00 ngày 30/4/2021", "Từ 1/5 – 23/5/2021"), and "từ X" with no
 * end; a year stated on one end lends itself to the other. "đến sau X" is no end.
 */
export function findRanges(
  text: string,
  defaultYear: number | null,
  electionDate: string | null = null,
): DateRange[] {
  const dates = findDates(text, null, true);
  const ranges: DateRange[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i];
    if (!a) continue;
    const bareFrom = bareDayBefore(text, a, dates[i - 1]);
    if (bareFrom) {
      ranges.push(resolve(bareFrom, a, defaultYear));
      continue;
    }
    if (!FROM_CUE.test(text.slice(Math.max(0, a.start - 30), a.start))) continue;
    const b = dates[i + 1];
    const between = b ? text.slice(a.end, b.start) : '';
    const toElection = TO_ELECTION.exec(text.slice(a.end));
    if (b && TO_CUE.test(between)) {
      ranges.push(resolve(a, b, defaultYear));
      i++;
    } else if (toElection && electionDate) {
      const [year, month, day] = electionDate.split('-').map(Number);
      const end = a.end + toElection[0].length;
      const vote = { iso: electionDate, day: day ?? null, month: month ?? 0, year: year ?? null };
      ranges.push(resolve(a, { ...vote, start: a.end, end }, defaultYear));
    } else if (/từ/iu.test(text.slice(Math.max(0, a.start - 30), a.start))) {
      ranges.push(resolve(a, null, defaultYear));
    }
  }
  return ranges;
}

/** "từ ngày 21 đến hết ngày 25-5-2021": a day alone starts a range in the month that ends it. */
const BARE_DAY_FROM =
  /từ\s+(?:ngày\s+)?(\d{1,2})\s*(?:đến|tới|-|–)\s*(?:hết\s+|trước\s+)?(?:ngày\s+)?$/iu;

function bareDayBefore(text: string, end: DateMatch, previous?: DateMatch): DateMatch | null {
  if (end.day === null) return null;
  const from = Math.max(0, end.start - 40, previous?.end ?? 0);
  const m = BARE_DAY_FROM.exec(text.slice(from, end.start));
  const digits = m?.[1];
  if (!m || !digits || Number(digits) < 1 || Number(digits) > end.day) return null;
  // The day's digits are the first in the match: "từ ngày 21 đến …".
  const start = from + m.index + m[0].search(/\d/u);
  const { month, year } = end;
  return { iso: null, day: Number(digits), month, year, start, end: start + digits.length };
}

function resolve(a: DateMatch, b: DateMatch | null, defaultYear: number | null): DateRange {
  // A start month after the end month belongs to the year before ("từ tháng 12 đến 2/2026").
  const fromYear = a.year ?? (b?.year ? b.year - (a.month > b.month ? 1 : 0) : defaultYear);
  const toYear = b?.year ?? (b && a.year ? a.year + (b.month < a.month ? 1 : 0) : defaultYear);
  const at = (d: DateMatch, year: number | null): DateMatch | null => {
    const iso = year === null ? null : toIso(year, d.month, d.day);
    return iso ? { ...d, iso, year } : null;
  };
  return { from: at(a, fromYear), to: b ? at(b, toYear) : null };
}

/** The first range in `text` with both ends, as the callers before `findRanges` expect. */
export function findRange(
  text: string,
  defaultYear: number | null,
): { from: DateMatch; to: DateMatch } | null {
  for (const { from, to } of findRanges(text, defaultYear)) if (from && to) return { from, to };
  return null;
}
