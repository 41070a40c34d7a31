import { fromTcvn3, fromVni } from '../../../src/extract/readers/legacy-encodings';

// Encoders for test data only: they invert the extractor's decoders by trying every one- and
// two-byte sequence, so the tables live in one place.

function invert(decode: (latin1: string) => string, pairs: boolean): Map<string, string> {
  const out = new Map<string, string>();
  const singles = Array.from({ length: 0xff - 0x20 }, (_, i) =>
    String.fromCharCode(0x20 + i),
  ).filter((c) => c !== '\u007f');
  for (const a of singles) {
    const one = decode(a);
    if (one !== a && !out.has(one)) out.set(one, a);
  }
  if (pairs) {
    for (const a of singles.filter((c) => /[a-zA-Zôö ÔÖ]/.test(c)))
      for (const b of singles.filter((c) => c >= '\u00c0')) {
        // Real VNI text writes the mark in the case of its letter.
        if ((a === a.toLowerCase()) !== (b === b.toLowerCase())) continue;
        const two = decode(a + b);
        if (Array.from(two).length === 1 && !out.has(two)) out.set(two, a + b);
      }
  }
  return out;
}

let tcvn3: Map<string, string> | null = null;
let vni: Map<string, string> | null = null;

const toLatin1Bytes = (s: string): Uint8Array =>
  Uint8Array.from(Array.from(s, (c) => c.charCodeAt(0) & 0xff));

/** TCVN3 bytes; upper-case toned vowels, which TCVN3 lacks, become lower case as old fonts did. */
export function toTcvn3(text: string): Uint8Array {
  tcvn3 ??= invert(fromTcvn3, false);
  const table = tcvn3;
  const out = Array.from(
    text.normalize('NFC'),
    (c) => table.get(c) ?? table.get(c.toLocaleLowerCase('vi')) ?? c,
  );
  return toLatin1Bytes(out.join(''));
}

/** VNI Windows bytes. */
export function toVni(text: string): Uint8Array {
  vni ??= invert(fromVni, true);
  const table = vni;
  return toLatin1Bytes(Array.from(text.normalize('NFC'), (c) => table.get(c) ?? c).join(''));
}
