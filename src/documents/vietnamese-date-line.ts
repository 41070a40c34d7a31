import { civilDate } from '../domain/shared/dates';

/** The gap left for a number or a day/month still to be filled in by hand on a draft. */
const BLANK = '      ';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The place-and-date line of Nghị định 30/2020/NĐ-CP: "Cẩm Bình, ngày 06 tháng 4 năm 2022".
 * The day below 10 and the months 1 and 2 take a leading 0, as the decree says, so that no digit
 * can be added by hand afterwards (tháng 1 → tháng 11); other months stay bare ("tháng 4").
 * Without a date the day and month are blanks to fill in by hand, in `year` (default: the
 * current year in Vietnam).
 * Throws RangeError when `isoDate` is not YYYY-MM-DD.
 */
export function dateLine(place: string, isoDate: string | null, year?: number): string {
  if (isoDate === null) {
    const blankYear = year ?? Number(civilDate(new Date()).slice(0, 4));
    return `${place}, ngày${BLANK}tháng${BLANK}năm ${blankYear}`;
  }
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${isoDate}`);
  const [, y, m, d] = match;
  const day = Number(d);
  const month = Number(m);
  const dayText = String(day).padStart(2, '0');
  const monthText = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${dayText} tháng ${monthText} năm ${y}`;
}

/** "Số: 51/KH-UBND", numbers below 10 padded ("05"); a draft without a number leaves a blank. */
export function numberLine(number: number | null, symbol: string): string {
  if (number === null) return `Số:${BLANK}/${symbol}`;
  return `Số: ${String(number).padStart(2, '0')}/${symbol}`;
}
