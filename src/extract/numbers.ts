import type { Approx } from '../domain/activities/figures';
// Vietnamese numerals in reports: "17.270" is seventeen thousand (dot groups thousands),
// "trên 170" / "hơn 100" / "gần 60" are approximate, "01" is one.

/** Parses a count written with dot (or space) thousand separators; null for decimals. */
export function parseCount(s: string): number | null {
  const t = s.trim();
  if (/^\d{1,3}(?:[. ]\d{3})+$/.test(t)) return exact(Number(t.replace(/[. ]/g, '')));
  if (/^\d+$/.test(t)) return exact(Number(t));
  return null;
}

/**
 * A count past what a number holds exactly ("99999999999999999999") is no count anyone made: it
 * is left out rather than rounded to another figure, and nothing downstream meets it.
 */
const exact = (n: number): number | null => (Number.isSafeInteger(n) ? n : null);

const SCALES: Record<string, number> = {
  nghìn: 1e3,
  ngàn: 1e3,
  triệu: 1e6,
  tỉ: 1e9,
  tỷ: 1e9,
};
export const SCALE_WORDS = Object.keys(SCALES).join('|');

/** "1,5 tỉ" is 1 500 000 000: a decimal comma, then a scale word; null when either is unknown. */
export function parseScaledCount(digits: string, scale: string): number | null {
  const factor = SCALES[scale.toLocaleLowerCase('vi')];
  if (!factor || !/^\d+(?:,\d+)?$/u.test(digits)) return null;
  return exact(Math.round(Number(digits.replace(',', '.')) * factor));
}

/** Words before a number that make it approximate. */
export const APPROX_BEFORE =
  /(?:^|\s)(trên|hơn|gần|khoảng|xấp xỉ|ước|hàng|trên dưới|chừng|non|ngót)\s*$/iu;

/** A count pattern: optional approximation word, then the number. */
export const COUNT_PATTERN = String.raw`(?<![\d.,/])(\d{1,3}(?:\.\d{3})+|\d+)(?![\d/]|[.,]\d)`;

export function isApprox(before: string): boolean {
  return APPROX_BEFORE.test(before);
}

const QUALIFIER_WORDS: Array<[RegExp, Approx]> = [
  [/(?:^|\s)(trên|hơn)\s*$/iu, 'over'],
  [/(?:^|\s)ít nhất\s*$/iu, 'at_least'],
  [/(?:^|\s)(gần|khoảng|xấp xỉ|ước|hàng|trên dưới|chừng|non|ngót)\s*$/iu, 'about'],
];

/** How the words just before a number qualify it: "trên 170" is over, "khoảng 60" about. */
export function qualifierBefore(before: string): Approx | null {
  // "trên dưới" is about, though it ends like "dưới"; test it before "trên".
  if (/(?:^|\s)trên dưới\s*$/iu.test(before)) return 'about';
  return QUALIFIER_WORDS.find(([re]) => re.test(before))?.[1] ?? null;
}
