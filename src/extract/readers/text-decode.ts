import { isUtf16 } from './detect-type';
import { repairLegacy, type LegacyEncoding } from './legacy-encodings';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | LegacyEncoding;

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * Decodes text bytes: BOMs, UTF-16, UTF-8, else Latin-1; then repairs TCVN3/VNI text, and
 * Windows-1258 where the bytes were not UTF-8.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const decoded = decodeUnicode(bytes);
  const legacy = repairLegacy(decoded.text, decoded.encoding === 'windows-1252');
  return legacy ? { text: legacy.text, encoding: legacy.encoding } : decoded;
}

function decodeUnicode(bytes: Uint8Array): DecodedText {
  const utf16 = isUtf16(bytes.subarray(0, 1024));
  if (utf16) {
    const encoding = utf16 === 'le' ? 'utf-16le' : 'utf-16be';
    return { text: stripBom(new TextDecoder(encoding).decode(bytes)), encoding };
  }
  try {
    return {
      text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)),
      encoding: 'utf-8',
    };
  } catch {
    // Not UTF-8: legacy single-byte text; Latin-1 keeps every byte so it can be read again.
    return { text: Buffer.from(bytes).toString('latin1'), encoding: 'windows-1252' };
  }
}

const stripBom = (s: string): string => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

/** Cuts UTF-8 bytes at a character boundary at or before `max`. */
export function truncateUtf8(bytes: Uint8Array, max: number): Uint8Array {
  if (bytes.length <= max) return bytes;
  let end = max;
  // Step back over continuation bytes (10xxxxxx) so no character is split.
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}
