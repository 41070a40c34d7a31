/**
 * Vietnamese letters without their marks, case kept: "Đồng Tháp" → "Dong Thap". Every tone and
 * vowel mark is a combining mark once decomposed; đ is a letter of its own and is written d.
 */
export function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/**
 * Folds Vietnamese text for matching: lower case, no diacritics, đ → d, single spaces.
 * "Cẩm Bình" and "cam  binh" both fold to "cam binh".
 */
export function foldVietnamese(text: string): string {
  return stripMarks(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Trims, folds white space and normalises to NFC, the form every stored name takes. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
