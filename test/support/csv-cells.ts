/** The cells of an RFC 4180 text as a spreadsheet reads them, with whether each was quoted. */
export function csvCells(text: string): Array<{ value: string; quoted: boolean }> {
  const cells: Array<{ value: string; quoted: boolean }> = [];
  const body = text.replace(/^\uFEFF/, '');
  let i = 0;
  while (i < body.length) {
    if (body[i] === '"') {
      let value = '';
      i++;
      while (i < body.length) {
        if (body[i] === '"' && body[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (body[i] === '"') break;
        else value += body.charAt(i++);
      }
      i++;
      cells.push({ value, quoted: true });
    } else {
      const end = body.slice(i).search(/,|\r\n|\n/);
      const value = end === -1 ? body.slice(i) : body.slice(i, i + end);
      cells.push({ value, quoted: false });
      i += value.length;
    }
    if (body.startsWith('\r\n', i)) i += 2;
    else if (body[i] === ',' || body[i] === '\n') i++;
  }
  return cells;
}

/** What a spreadsheet would run as a formula: a cell whose text starts like one, unneutralised. */
export const FORMULA_LIKE = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
export const live = (cells: ReturnType<typeof csvCells>): string[] =>
  cells.filter((c) => FORMULA_LIKE.test(c.value)).map((c) => c.value);
