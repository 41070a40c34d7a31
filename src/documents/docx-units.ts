/**
 * Page geometry of Nghị định 30/2020/NĐ-CP in the units Word stores (twips, half-points).
 * Millimetres are rounded to the nearest twip rather than truncated (docx's own helper floors,
 * which would give 1133 for 20 mm where Word itself writes 1134).
 */

const TWIPS_PER_INCH = 1440;
const MM_PER_INCH = 25.4;

export function mmToTwip(mm: number): number {
  return Math.round((mm / MM_PER_INCH) * TWIPS_PER_INCH);
}

export function cmToTwip(cm: number): number {
  return mmToTwip(cm * 10);
}

export function ptToTwip(pt: number): number {
  return Math.round(pt * 20);
}

/** Word sizes fonts in half-points: 14 pt is 28. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

export const PAGE = {
  width: mmToTwip(210),
  height: mmToTwip(297),
  margin: { top: mmToTwip(20), bottom: mmToTwip(20), left: mmToTwip(30), right: mmToTwip(15) },
  /** Distance of the page number from the top edge: inside the 20 mm top margin. */
  headerDistance: mmToTwip(10),
  footerDistance: mmToTwip(10),
} as const;

/** Width between the margins, which every full-width table spans. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
