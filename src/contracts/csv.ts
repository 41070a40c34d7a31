/** A cell of a CSV export: text from people and the database, or a number we computed. */
export type Cell = string | number | null | undefined;

/**
 * Text a spreadsheet would read as a formula (`=HYPERLINK(…)`, `+1+cmd|…`, `@SUM(…)`), or that
 * starts with a tab or carriage return a spreadsheet skips to reach one; the full-width forms too,
 * which some spreadsheets fold into the ASCII ones.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One cell as RFC 4180 text. A unit or claim named `=HYPERLINK("http://…")` must not become a live
 * formula on the computer of whoever opens the export: such text is prefixed with an apostrophe
 * (shown as text, kept readable) and quoted. Numbers are ours, never people's text, and stay
 * numbers, negative ones included.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const neutral = FORMULA_START.test(value);
  const text = neutral ? `'${value}` : value;
  return neutral || /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as RFC 4180 CSV, CRLF line ends, starting with a BOM so that Excel reads UTF-8; every CSV
 * Loa hands out, from the server or the browser, is written here.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
