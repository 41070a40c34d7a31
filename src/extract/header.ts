import type { Span } from './extraction.schema';
import { DATE_LINE, NUMBER_LINE, type Frame } from './frame';
import { spanOf, type Line } from './lines';
import { toIso } from './dates';

export interface Found<T> {
  value: T;
  span: Span | null;
}

// The state writes "51/KH-UBND", the party "169-HD/BTGTW".
const NUMBER = /^Số\s*[:.]?\s*(\d+\s*[-/]\s*[\p{L}\d]+(?:\s*[-/]\s*[\p{L}\d]+)*)/u;
const FULL_DATE =
  /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/u;

/** Header lines are the ones before the body, or the first lines when there is no type line. */
const headerLines = (frame: Frame): Line[] =>
  frame.lines.slice(0, frame.typeLine ? frame.bodyStart : Math.min(20, frame.bodyEnd));

/** "Số: 51/KH-UBND" → "51/KH-UBND", spaces around '/' and '-' removed. */
export function findNumber(frame: Frame): Found<string> | null {
  for (const line of headerLines(frame)) {
    if (!NUMBER_LINE.test(line.text)) continue;
    const m = NUMBER.exec(line.text);
    if (!m?.[1]) continue;
    const from = line.text.indexOf(m[1]);
    return { value: m[1].replace(/\s*([/-])\s*/g, '$1'), span: spanOf(line, from, m[1].length) };
  }
  return null;
}

/** The date line "<place>, ngày DD tháng M năm YYYY": its place and ISO date. */
export function findDateLine(
  frame: Frame,
): { place: Found<string>; date: Found<string> | null } | null {
  for (const line of headerLines(frame)) {
    const m = DATE_LINE.exec(line.text);
    if (!m?.[1]) continue;
    const place = m[1].replace(/^Số\s*[:.]?\s*\S+\s+/u, '').trim();
    const placeSpan = spanOf(line, line.text.indexOf(place), place.length);
    const d = FULL_DATE.exec(line.text);
    const iso = d ? toIso(Number(d[3] ?? d[6]), Number(d[2] ?? d[5]), Number(d[1] ?? d[4])) : null;
    const date = d && iso ? { value: iso, span: spanOf(line, d.index, d[0].length) } : null;
    return { place: { value: place, span: placeSpan }, date };
  }
  return null;
}

const ABBREVIATIONS = new Set([
  'UBND',
  'HĐND',
  'MTTQ',
  'BCĐ',
  'ĐBQH',
  'TP',
  'TP.',
  'VHXH',
  'BTV',
  'TW',
]);
const LEVELS = /^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu|thôn|khu phố)$/u;

/** "ỦY BAN NHÂN DÂN PHƯỜNG CẨM BÌNH" → "Ủy ban nhân dân phường Cẩm Bình". */
export function readableBody(upper: string): string {
  const words = upper.split(/\s+/);
  let properNoun = false;
  return words
    .map((word, i) => {
      if (ABBREVIATIONS.has(word)) return word;
      const low = word.toLocaleLowerCase('vi');
      const two = i > 0 ? `${(words[i - 1] ?? '').toLocaleLowerCase('vi')} ${low}` : '';
      const out = i === 0 || properNoun ? capitalize(low) : low;
      if (LEVELS.test(low) || LEVELS.test(two)) properNoun = true;
      return out;
    })
    .join(' ');
}

const capitalize = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
