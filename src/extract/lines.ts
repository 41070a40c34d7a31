import type { Span } from './extraction.schema';

/** One line of the normalized text and where it starts. */
export interface Line {
  index: number;
  text: string;
  start: number;
}

export function toLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  text.split('\n').forEach((line, index) => {
    lines.push({ index, text: line, start });
    start += line.length + 1;
  });
  return lines;
}

export const spanOf = (line: Line, from = 0, length = line.text.length - from): Span => ({
  start: line.start + from,
  end: line.start + from + length,
});

export const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Upper case when it has letters and none of them is lower case. */
export const isUpper = (s: string): boolean => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

/** Roman numerals I–XX as used for top-level sections. */
export const ROMAN = '(?:X{0,2}(?:IX|IV|V?I{0,3}))';
const NUMBERING = new RegExp(
  `^(?:${ROMAN}\\.|\\d{1,2}(?:\\.\\d{1,2})*[.)]|[a-zđ]\\)|[-+])(?=\\s|\\p{Lu})\\s*`,
  'u',
);

/** The line without its list numbering ("II.", "2.1.", "a)", "-"). */
export function stripNumbering(s: string): string {
  const m = NUMBERING.exec(s);
  return m && m[0].length < s.length ? s.slice(m[0].length) : s;
}

export function numberingOf(s: string): string | null {
  const m = NUMBERING.exec(s);
  return m && m[0].trim() ? m[0].trim() : null;
}

/** Vietnamese-aware, diacritic-keeping lower case for matching. */
export const lower = (s: string): string => s.toLocaleLowerCase('vi');
