/** The gap left for a number or a day/month still to be written by hand on a draft. */
export const BLANK = '\u00a0'.repeat(6);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The place-and-date line of Nghị định 30/2020/NĐ-CP: "Cẩm Bình, ngày 06 tháng 4 năm 2022".
 * The day is padded below 10, the month only for 1 and 2 (so that no digit can be added by
 * hand). Without a date (a draft) the day and month are blanks, in `year`.
 */
export function dateLine(place: string, isoDate: string | null, year: number): string {
  const where = place.trim() || BLANK;
  const match = isoDate ? ISO_DATE.exec(isoDate) : null;
  if (!match) return `${where}, ngày${BLANK}tháng${BLANK}năm ${year}`;
  const [, y, m, d] = match;
  const month = Number(m);
  const monthText = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${where}, ngày ${String(Number(d)).padStart(2, '0')} tháng ${monthText} năm ${y}`;
}

/** "Số: 51/KH-UBND" for an issued plan; a draft leaves the number blank ("Số:      /KH-UBND"). */
export function numberLine(numberText: string | null, bodyCode: string): string {
  if (numberText) return `Số: ${numberText}`;
  return `Số:${BLANK}/KH-${bodyCode.trim() || 'UBND'}`;
}

/** dd/MM/yyyy, as tables and forms show civil dates ("05/04/2022"). */
export function formatCivilDate(iso: string | null | undefined): string {
  const match = iso ? ISO_DATE.exec(iso.slice(0, 10)) : null;
  if (!match) return '';
  const [, y, m, d] = match;
  return `${d}/${m}/${y}`;
}

/** The short form documents cite dates in: day padded, month not ("05/4/2022"). */
export function documentDate(iso: string): string {
  const match = ISO_DATE.exec(iso.slice(0, 10));
  if (!match) return iso;
  const [, y, m, d] = match;
  return `${d}/${Number(m)}/${y}`;
}

export interface ProseBlock {
  kind: 'paragraph' | 'bullet';
  text: string;
}

/** Prose as drafters type it: one paragraph per line, "- " or "+ " starts a bullet. */
export function proseBlocks(text: string): ProseBlock[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) =>
      /^[-+•]\s*/.test(l)
        ? { kind: 'bullet', text: l.replace(/^[-+•]\s*/, '') }
        : { kind: 'paragraph', text: l },
    );
}

/** The Roman numeral of a section (1 → "I"), enough for a plan's handful of sections. */
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
