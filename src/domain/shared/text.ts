/**
 * Folds Vietnamese text for matching: lower case, no diacritics, đ → d, single spaces.
 * "Cẩm Bình" and "cam  binh" both fold to "cam binh".
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Trims, folds white space and normalises to NFC, the form every stored name takes. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
