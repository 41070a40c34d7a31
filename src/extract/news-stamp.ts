import { toIso } from './dates';

// How news sites print when an article was published: "16/03/2021 | 10:03", "14:20 | 05/03/2021",
// "Thứ Hai, 02/04/2021 08:55:06 (GMT+7)", "(2/17/2016 2:23:28 PM)", "[10/05/2016]", followed at
// most by counters ("| View count: 6082", "456", "0 0").

const TIME = String.raw`\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?`;
const DATE = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`;
const WEEKDAY = String.raw`(?:(?:Thứ\s+\S+|Chủ nhật)\s*,?\s*)`;
const SEP = String.raw`\s*[,|–-]?\s*`;
/** The page's text-size buttons after a stamp: "A A", "A+ A A-". */
const FONT_SIZE = String.raw`\s+A[+-]?(?=\s|$)`;
/**
 * Counters after the stamp, each after a space or a separator: "| View count: 6082", "456", "0 0".
 * The separator is required, so a run of digits has one reading and cannot backtrack.
 */
const COUNTER_SEP = String.raw`(?:\s*[,|–-]\s*|\s+)`;
const COUNTERS = String.raw`(?:${COUNTER_SEP}(?:\d+|(?:Số lượt xem|Lượt xem|Lượt đọc|Lượt truy cập|View count|Views?|Xem)\s*:?\s*[\d.]*)|${FONT_SIZE})*`;
/** The time zone, bare or bracketed: "(GMT+7)", "GMT+7", "[GMT +7]". */
const ZONE = String.raw`(?:\s*[[(]?\s*GMT\s*(?:[+-]\s*\d{1,2})?\s*[\])]?)`;
const STAMP = String.raw`[[(]?\s*${WEEKDAY}?(?:(${TIME})${SEP})?(?:ngày\s+)?${DATE}(?:${SEP}(${TIME}))?${ZONE}?\s*[\])]?`;

const WEEKDAY_AT = new RegExp(WEEKDAY, 'iu');
/** "08 03 2026": some sites print the date with spaces only; read only as a line of its own. */
const SPACED = String.raw`(\d{2})\s(\d{2})\s(\d{4})`;
/** A line that is a stamp and nothing else but counters. */
const STAMP_LINE = new RegExp(String.raw`^(?:${STAMP}|${SPACED})${COUNTERS}\s*$`, 'iu');
const ANY_DATE = new RegExp(String.raw`${DATE}|${SPACED}`, 'u');
/** A byline before the stamp: "Thu Hà - 14:20 | 05/03/2021". */
const BYLINE_STAMP = new RegExp(
  String.raw`^[\p{L}\s.,:]{2,40}?\s[|–-]\s*${STAMP}${COUNTERS}\s*$`,
  'iu',
);
/**
 * Authors' names, each word capitalised, then the stamp after a space: "Phan Thanh - Thu Huyền
 * 16:42 15/09/2025". Case matters here (no `i`): "Hội nghị khai mạc lúc 8h30 …" is no byline.
 */
const NAMES_STAMP = new RegExp(
  String.raw`^(?:\p{Lu}\p{Ll}*(?:\s+[–-]\s+|\s+)){2,8}(?=\d{1,2}[:h]\d{2})${STAMP}${COUNTERS}\s*$`,
  'u',
);
/** A stamp printed at the end of the headline: "… [10/05/2016]", "… (13/03/2026, 15:05)". */
const TITLE_STAMP = new RegExp(
  String.raw`(?:\[\s*${DATE}(?:${SEP}${TIME})?\s*\]|\(\s*${DATE}${SEP}${TIME}\s*\)|\s${DATE}\s+${TIME})\s*$`,
  'iu',
);

/**
 * "Ngày đăng", "Ngày đăng bài:", "Cập nhật ngày:", "( Cập nhật lúc: 12/05/2021 )": the label may
 * sit in brackets, or open an item of the page's list ("• Cập nhật: 27/04/2021"), though a list
 * item "- Ngày 20/05/2021" is a date in the text, not its stamp.
 */
const LABEL =
  /^(?:[\p{L}\s,]{2,30}\s[-–|]\s*(?=(?:thời gian|ngày)\s+(?:đăng|cập nhật|xuất bản)))?[[(]?\s*(?:[-–•]\s*(?=(?:thời gian|ngày)\s+(?:đăng|cập nhật|xuất bản)|đăng|cập nhật|xuất bản))?(?:(?:Thời gian|Ngày)\s+(?:đăng|cập nhật|xuất bản)(?:\s+bài)?|(?:Đăng|Cập nhật|Xuất bản)(?:\s+(?:lúc|ngày))?|Thời gian|Ngày|Date|Published)\s*:?\s*/iu;

/** The stamp after a label on a line of its own, and where the label ends. */
export function labelledStamp(text: string): { stamp: Stamp; offset: number } | null {
  const label = LABEL.exec(text);
  const stamp = label ? stampOn(text.slice(label[0].length), 'line') : null;
  return label && stamp ? { stamp, offset: label[0].length } : null;
}

/** A line that is only the article's stamp, labelled or bare: "Ngày đăng 01/04/2021 | 12:16". */
export const isStampLine = (text: string): boolean =>
  stampOn(text, 'line') !== null || labelledStamp(text) !== null;

export interface Stamp {
  /** Day and month as printed, in that order; which is which is decided by `readStamp`. */
  first: number;
  second: number;
  year: number;
  /** Offset of the date in the line. */
  start: number;
  end: number;
  /** It prints a clock time ("20:49"): a "today" banner does not. */
  timed: boolean;
  /** It names the weekday ("Thứ Hai, …"), as a site's "today" banner does. */
  weekday: boolean;
}

/** The stamp on a line: the whole line, a byline, or (for the headline) its end. */
export function stampOn(text: string, kind: 'line' | 'byline' | 'title'): Stamp | null {
  const m =
    kind === 'line'
      ? STAMP_LINE.exec(text)
      : kind === 'byline'
        ? (BYLINE_STAMP.exec(text) ?? NAMES_STAMP.exec(text))
        : TITLE_STAMP.exec(text);
  if (!m) return null;
  // The date is the first three-number group that matched.
  // A group that did not take part in the match is undefined, whatever the array's type says.
  const groups: ReadonlyArray<string | undefined> = m.slice(1);
  const parts = groups.filter((g): g is string => g !== undefined && /^\d+$/.test(g));
  const [first, second, year] = parts.map(Number);
  if (first === undefined || second === undefined || year === undefined) return null;
  const date = ANY_DATE.exec(text.slice(m.index));
  const start = m.index + (date?.index ?? 0);
  return {
    first,
    second,
    year,
    start,
    end: start + (date?.[0].length ?? 0),
    timed: groups.some((g) => g !== undefined && /^\d{1,2}[:h]\d{2}/u.test(g)),
    weekday: WEEKDAY_AT.test(m[0]),
  };
}

const DAY_MS = 86_400_000;

/**
 * The ISO date of a stamp. Sites print day/month, some month/day ("2/17/2016 2:23:28 PM"); when
 * both read as dates, the article's lead date ("Ngày 10/3, …") decides: an article is published on
 * or shortly after the day it reports.
 */
export function readStamp(stamp: Stamp, lead: string | null): string | null {
  const dayFirst = toIso(stamp.year, stamp.second, stamp.first);
  const monthFirst = toIso(stamp.year, stamp.first, stamp.second);
  if (!dayFirst || !monthFirst || dayFirst === monthFirst || !lead) return dayFirst ?? monthFirst;
  const after = (iso: string): number => (Date.parse(iso) - Date.parse(lead)) / DAY_MS;
  const near = (iso: string): boolean => after(iso) >= 0 && after(iso) <= 31;
  return !near(dayFirst) && near(monthFirst) ? monthFirst : dayFirst;
}
