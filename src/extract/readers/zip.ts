import { inflateRawSync } from 'node:zlib';
import { ExtractError, MESSAGES } from '../errors';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const MB = 1024 * 1024;
/** More than this, unpacked, is refused as a zip bomb. */
export const MAX_UNZIPPED_BYTES = 50 * MB;

/** Lists a zip's entries from its central directory, refusing archives that would unpack too big. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) throw new ExtractError('docx_broken', MESSAGES.docxBroken);
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
      throw new ExtractError('docx_broken', MESSAGES.docxBroken);
    const nameLength = view.getUint16(at + 28, true);
    const entry: ZipEntry = {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    // 0xFFFFFFFF means ZIP64 sizes: no Word document needs them, a bomb might.
    total += entry.uncompressedSize === 0xffffffff ? Infinity : entry.uncompressedSize;
    if (total > MAX_UNZIPPED_BYTES)
      throw new ExtractError('zip_bomb', MESSAGES.zipBomb(Math.round(total / MB)));
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 65535);
  for (let i = view.byteLength - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  return -1;
}

/** Unpacks one entry; the output cap holds even when the directory lies about sizes. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50)
    throw new ExtractError('docx_broken', MESSAGES.docxBroken);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ExtractError('docx_broken', MESSAGES.docxBroken);
  try {
    return inflateRawSync(data, { maxOutputLength: MAX_UNZIPPED_BYTES });
  } catch (e) {
    if (
      e instanceof RangeError ||
      (e instanceof Error && /maxOutputLength|too large/i.test(e.message))
    )
      throw new ExtractError('zip_bomb', MESSAGES.zipBomb(MAX_UNZIPPED_BYTES / MB));
    throw new ExtractError('docx_broken', MESSAGES.docxBroken);
  }
}
