// Vietnamese text from before Unicode: TCVN3 (ABC) maps each letter to one byte, VNI writes
// a base letter followed by a byte for its marks. Both still arrive, as raw bytes or as such
// bytes once mis-read as Windows-1252 and saved again as UTF-8.

// TCVN3 byte (as a Latin-1 character) → letter; the upper-case toned vowels lived in other
// fonts (.VnTimeH) that reuse the lower-case codes, so they come out lower-case.
const TCVN3_PAIRS =
  '¡Ă ¢Â £Ê ¤Ô ¥Ơ ¦Ư §Đ ¨ă ©â ªê «ô ¬ơ \u00adư ®đ µà ¶ả ·ã ¸á ¹ạ »ằ ¼ẳ ½ẵ ¾ắ Æặ Çầ Èẩ Éẫ Êấ Ëậ ' +
  'Ìè Îẻ Ïẽ Ðé Ñẹ Òề Óể Ôễ Õế Öệ ×ì Øỉ Üĩ Ýí Þị ßò áỏ âõ ãó äọ åồ æổ çỗ èố éộ êờ ëở ìỡ íớ îợ ' +
  'ïù ñủ òũ óú ôụ õừ öử ÷ữ øứ ùự úỳ ûỷ üỹ ýý þỵ';
const TCVN3 = new Map<string, string>(
  TCVN3_PAIRS.split(' ').map((pair) => [pair.charAt(0), pair.slice(1)]),
);

/** Converts TCVN3 text (bytes read as Latin-1) to Unicode. */
export function fromTcvn3(latin1: string): string {
  let out = '';
  for (const ch of latin1) out += TCVN3.get(ch) ?? ch;
  return out.normalize('NFC');
}

// VNI: letters that stand alone, then mark bytes that attach to the vowel before them.
const VNI_LETTERS = new Map<string, string>([
  ['ô', 'ơ'],
  ['Ô', 'Ơ'],
  ['ö', 'ư'],
  ['Ö', 'Ư'],
  ['ñ', 'đ'],
  ['Ñ', 'Đ'],
  ['ì', 'ì'],
  ['Ì', 'Ì'],
  ['í', 'í'],
  ['Í', 'Í'],
  ['æ', 'ỉ'],
  ['Æ', 'Ỉ'],
  ['ó', 'ĩ'],
  ['Ó', 'Ĩ'],
  ['ò', 'ị'],
  ['Ò', 'Ị'],
  ['î', 'ỵ'],
  ['Î', 'Ỵ'],
]);
const GRAVE = '\u0300';
const ACUTE = '\u0301';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRC = '\u0302';
const BREVE = '\u0306';
const VNI_MARKS = new Map<string, string>(
  (
    [
      ['ø', GRAVE],
      ['ù', ACUTE],
      ['û', HOOK],
      ['õ', TILDE],
      ['ï', DOT],
      ['â', CIRC],
      ['á', CIRC + ACUTE],
      ['à', CIRC + GRAVE],
      ['å', CIRC + HOOK],
      ['ã', CIRC + TILDE],
      ['ä', CIRC + DOT],
      ['ê', BREVE],
      ['é', BREVE + ACUTE],
      ['è', BREVE + GRAVE],
      ['ú', BREVE + HOOK],
      ['ü', BREVE + TILDE],
      ['ë', BREVE + DOT],
    ] as const
  ).flatMap(([mark, combining]) => [
    [mark, combining],
    [mark.toUpperCase(), combining],
  ]),
);
const VNI_BASES = /[aeiouyAEIOUYơƠưƯ]/;

/** Converts VNI text (bytes read as Latin-1) to Unicode. */
export function fromVni(latin1: string): string {
  let out = '';
  let prev = '';
  for (const ch of latin1) {
    const mark = VNI_MARKS.get(ch);
    if (mark !== undefined && VNI_BASES.test(prev)) {
      out += mark;
      prev = '';
      continue;
    }
    const letter = VNI_LETTERS.get(ch) ?? ch;
    out += letter;
    prev = letter;
  }
  return out.normalize('NFC');
}

const COMMON_WORDS = new Set(
  (
    'của và các được trong những người bầu cử công tác tuyên truyền đại biểu nhân dân thực hiện ' +
    'với theo năm tháng ngày không có là để đã cho một trên xã phường huyện tỉnh thành phố ' +
    'kế hoạch báo cáo đồng chí việc về đến từ tổ chức hội đảng ủy ban'
  ).split(' '),
);

/** How Vietnamese a text looks: the number of common words with diacritics it contains. */
export function vietnameseScore(text: string): number {
  let score = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (COMMON_WORDS.has(word) && /[^a-z]/.test(word)) score++;
  }
  return score;
}

export type LegacyEncoding = 'tcvn3' | 'vni' | 'windows-1258';

/**
 * Windows-1258 (Microsoft's Vietnamese code page) writes most toned letters as a base letter and
 * a combining tone mark; the platform's decoder knows it, and NFC folds the pairs back together.
 */
const fromWindows1258 = (latin1: string): string =>
  new TextDecoder('windows-1258').decode(Buffer.from(latin1, 'latin1')).normalize('NFC');

/**
 * Picks TCVN3, VNI or (for bytes that were not UTF-8) Windows-1258 when converting makes the text
 * clearly more Vietnamese: detected from the words, never from the file's name.
 */
export function repairLegacy(
  text: string,
  rawBytes = false,
): { text: string; encoding: LegacyEncoding } | null {
  // Only text with Latin-1 letters and few real Vietnamese letters can be legacy-encoded.
  const sample = text.slice(0, 200_000);
  if (!/[\u00a1-\u00ff]/.test(sample)) return null;
  const convert: Record<LegacyEncoding, (s: string) => string> = {
    tcvn3: fromTcvn3,
    vni: fromVni,
    // Only a Latin-1 reading of raw bytes maps back to the bytes themselves.
    'windows-1258': rawBytes ? fromWindows1258 : (s) => s,
  };
  const base = vietnameseScore(sample);
  const candidates = (Object.keys(convert) as LegacyEncoding[])
    .map((encoding) => ({ encoding, score: vietnameseScore(convert[encoding](sample)) }))
    .sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best || best.score < 3 || best.score < base * 2 + 2) return null;
  return { encoding: best.encoding, text: convert[best.encoding](text) };
}
