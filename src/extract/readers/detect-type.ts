/** What the bytes are, judged by content first and by the file name only to break ties. */
export type DetectedType =
  | { type: 'pdf' }
  | { type: 'zip' }
  | { type: 'text' }
  | { type: 'binary'; what: string }
  | { type: 'unsupported'; what: string };

const startsWith = (bytes: Uint8Array, sig: number[], at = 0): boolean =>
  sig.every((b, i) => bytes[at + i] === b);

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

// Signatures of common non-documents, so an image upload gets a clear "this is an image".
const BINARY_SIGNATURES: Array<{ sig: number[]; at?: number; what: string }> = [
  { sig: [0x89, 0x50, 0x4e, 0x47], what: 'ảnh PNG' },
  { sig: [0xff, 0xd8, 0xff], what: 'ảnh JPEG' },
  { sig: ascii('GIF8'), what: 'ảnh GIF' },
  { sig: ascii('WEBP'), at: 8, what: 'ảnh WebP' },
  { sig: [0x49, 0x49, 0x2a, 0x00], what: 'ảnh TIFF' },
  { sig: [0x4d, 0x4d, 0x00, 0x2a], what: 'ảnh TIFF' },
  { sig: ascii('BM'), what: 'ảnh BMP' },
  { sig: [0x1f, 0x8b], what: 'tệp nén gzip' },
  { sig: ascii('Rar!'), what: 'tệp nén RAR' },
  { sig: [0x37, 0x7a, 0xbc, 0xaf], what: 'tệp nén 7z' },
  { sig: [0x7f, 0x45, 0x4c, 0x46], what: 'tệp chương trình' },
  { sig: ascii('MZ'), what: 'tệp chương trình' },
  { sig: ascii('ID3'), what: 'tệp âm thanh' },
  { sig: ascii('ftyp'), at: 4, what: 'tệp video' },
];

/** Detects the type of a file from its first bytes. */
export function detectType(bytes: Uint8Array): DetectedType {
  const head = bytes.subarray(0, 1024);
  const headText = String.fromCharCode(...head.subarray(0, 1024));
  if (headText.includes('%PDF-')) return { type: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return { type: 'zip' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    return { type: 'unsupported', what: 'Word 97-2003 (.doc)' };
  if (headText.startsWith('{\\rtf')) return { type: 'unsupported', what: 'RTF' };
  for (const { sig, at, what } of BINARY_SIGNATURES) {
    if (startsWith(bytes, sig, at ?? 0)) {
      // "BM" and "MZ" are two letters a text file may well start with; trust them only with binary after.
      if (sig.length > 2 || looksBinary(head)) return { type: 'binary', what };
    }
  }
  return looksBinary(head) ? { type: 'binary', what: 'dữ liệu nhị phân' } : { type: 'text' };
}

/** True when the sample has NUL or many control bytes and is not UTF-16 text. */
export function looksBinary(sample: Uint8Array): boolean {
  if (sample.length === 0) return false;
  if (isUtf16(sample)) return false;
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control / sample.length > 0.1;
}

/** UTF-16 by its BOM, or by the zero high bytes ASCII gets in it. */
export function isUtf16(sample: Uint8Array): 'le' | 'be' | null {
  if (startsWith(sample, [0xff, 0xfe])) return 'le';
  if (startsWith(sample, [0xfe, 0xff])) return 'be';
  const n = Math.min(sample.length - (sample.length % 2), 512);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return 'le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return 'be';
  return null;
}
