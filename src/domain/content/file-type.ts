/** What a file is, read from its first bytes (never from its name). */
export type FileFamily = 'audio' | 'image' | 'document' | 'video';

export interface SniffedType {
  mediaType: string;
  family: FileFamily;
  extension: string;
}

/** Size caps per family, in bytes (audio 50 MB, images 10 MB, documents 20 MB, video 100 MB). */
export const SIZE_CAPS: Record<FileFamily, number> = {
  audio: 50 * 1024 * 1024,
  image: 10 * 1024 * 1024,
  document: 20 * 1024 * 1024,
  video: 100 * 1024 * 1024,
};

const ascii = (b: Uint8Array, at: number, length: number): string =>
  String.fromCharCode(...b.subarray(at, at + length));

const startsWith = (b: Uint8Array, bytes: number[], at = 0): boolean =>
  bytes.every((v, i) => b[at + i] === v);

/** An MPEG audio frame header: 11 sync bits, a layer other than "reserved", a valid bitrate. */
export const isMpegFrame = (b: Uint8Array, at: number): boolean => {
  const b1 = b[at + 1] ?? 0;
  const b2 = b[at + 2] ?? 0;
  return (
    b[at] === 0xff &&
    (b1 & 0xe0) === 0xe0 &&
    ((b1 >> 3) & 3) !== 1 &&
    ((b1 >> 1) & 3) !== 0 &&
    b2 >> 4 !== 0xf &&
    ((b2 >> 2) & 3) !== 3
  );
};

/** A ZIP (OOXML) document: the first entry names an Office part. */
const ooxml = (b: Uint8Array): SniffedType | null => {
  const head = ascii(b, 0, Math.min(b.length, 4000));
  if (head.includes('word/'))
    return {
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      family: 'document',
      extension: 'docx',
    };
  if (head.includes('ppt/'))
    return {
      mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      family: 'document',
      extension: 'pptx',
    };
  if (head.includes('[Content_Types].xml') || head.includes('docProps/'))
    return {
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      family: 'document',
      extension: 'docx',
    };
  return null;
};

/**
 * The type of a file from its content: MP3, WAV, OGG, M4A, PNG, JPEG, GIF, WebP, PDF, DOCX/PPTX,
 * MP4, WebM. Anything else (an executable, a script, an unknown blob) is null.
 */
export function sniffFileType(b: Uint8Array): SniffedType | null {
  if (b.length < 12) return null;
  const four = ascii(b, 0, 4);
  if (four === 'RIFF' && ascii(b, 8, 4) === 'WAVE')
    return { mediaType: 'audio/wav', family: 'audio', extension: 'wav' };
  if (four === 'RIFF' && ascii(b, 8, 4) === 'WEBP')
    return { mediaType: 'image/webp', family: 'image', extension: 'webp' };
  if (four === 'OggS') return { mediaType: 'audio/ogg', family: 'audio', extension: 'ogg' };
  if (ascii(b, 0, 3) === 'ID3' || isMpegFrame(b, 0))
    return { mediaType: 'audio/mpeg', family: 'audio', extension: 'mp3' };
  if (ascii(b, 4, 4) === 'ftyp') {
    const brand = ascii(b, 8, 4);
    return brand.startsWith('M4A')
      ? { mediaType: 'audio/mp4', family: 'audio', extension: 'm4a' }
      : { mediaType: 'video/mp4', family: 'video', extension: 'mp4' };
  }
  if (startsWith(b, [0x1a, 0x45, 0xdf, 0xa3]))
    return { mediaType: 'video/webm', family: 'video', extension: 'webm' };
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mediaType: 'image/png', family: 'image', extension: 'png' };
  if (startsWith(b, [0xff, 0xd8, 0xff]))
    return { mediaType: 'image/jpeg', family: 'image', extension: 'jpg' };
  if (ascii(b, 0, 4) === 'GIF8')
    return { mediaType: 'image/gif', family: 'image', extension: 'gif' };
  if (ascii(b, 0, 5) === '%PDF-')
    return { mediaType: 'application/pdf', family: 'document', extension: 'pdf' };
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return ooxml(b);
  return null;
}

/** A short Vietnamese description of what a refused file really is, for the error message. */
export function describeUnknown(b: Uint8Array): string {
  if (ascii(b, 0, 2) === 'MZ') return 'một chương trình chạy được (Windows .exe)';
  if (startsWith(b, [0x7f, 0x45, 0x4c, 0x46])) return 'một chương trình chạy được (ELF)';
  if (ascii(b, 0, 2) === '#!') return 'một tệp lệnh (script)';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return 'một tệp nén ZIP';
  return 'một loại tệp không được hỗ trợ';
}
