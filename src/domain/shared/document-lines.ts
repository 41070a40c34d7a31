// The lines every administrative document shares (Nghị định 30/2020/NĐ-CP), worded once for the
// printed file and the web's preview of it.

/**
 * The gap left for a number or a day/month still to be written by hand on a draft: no-break
 * spaces, so that neither a page nor a document collapses it.
 */
export const BLANK = '\u00a0'.repeat(6);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The place-and-date line: "Cẩm Bình, ngày 06 tháng 4 năm 2022". The day below 10 and the months
 * 1 and 2 take a leading 0, as the decree says, so that no digit can be added by hand afterwards
 * (tháng 1 → tháng 11); other months stay bare ("tháng 4"). Without a date (a draft) the day and
 * month are blanks to fill in by hand, in `year`; without a place, so is the place.
 * Throws RangeError when `isoDate` is not YYYY-MM-DD.
 */
export function dateLine(place: string, isoDate: string | null, year: number): string {
  const where = place.trim() || BLANK;
  if (isoDate === null) return `${where}, ngày${BLANK}tháng${BLANK}năm ${year}`;
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${isoDate}`);
  const [, y, m, d] = match;
  const month = Number(m);
  const monthText = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${where}, ngày ${String(Number(d)).padStart(2, '0')} tháng ${monthText} năm ${y}`;
}

/** A document's number and symbol, numbers below 10 padded: "05/BC-UBND". */
export const documentNumber = (number: number, symbol: string): string =>
  `${String(number).padStart(2, '0')}/${symbol}`;

/** "Số: 51/KH-UBND"; a draft without its number leaves a blank before the symbol. */
export function numberLine(numberText: string | null, symbol: string): string {
  return numberText ? `Số: ${numberText}` : `Số:${BLANK}/${symbol}`;
}

/** The Roman numeral of a section (1 → "I"), enough for a document's handful of sections. */
export function roman(n: number): string {
  const numerals: Array<[number, string]> = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, symbol] of numerals) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}
