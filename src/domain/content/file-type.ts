// What an uploaded file is, read from its content by the maintained `file-type` detector (never
// from its name), and which of those types Loa accepts at all. Each use (content kinds, photos,
// screenshots) then keeps its own allow-list of families and its own size cap.
import { fileTypeFromBuffer } from 'file-type/core';

/** What a file is, read from its first bytes (never from its name). */
export type FileFamily = 'audio' | 'image' | 'document' | 'video';

export interface SniffedType {
  mediaType: string;
  family: FileFamily;
  /** The extension a stored file gets, from its detected type. */
  extension: string;
}

/** Size caps per family, in bytes (audio 50 MB, images 10 MB, documents 20 MB, video 100 MB). */
export const SIZE_CAPS: Record<FileFamily, number> = {
  audio: 50 * 1024 * 1024,
  image: 10 * 1024 * 1024,
  document: 20 * 1024 * 1024,
  video: 100 * 1024 * 1024,
};

const type = (mediaType: string, family: FileFamily, extension: string): SniffedType => ({
  mediaType,
  family,
  extension,
});

// The types Loa accepts anywhere, keyed by the detector's extension: MP3, WAV, OGG, M4A, PNG,
// JPEG, GIF, WebP, PDF, DOCX, PPTX, MP4, WebM. Anything else it detects (an .xlsx, a HEIC
// photo, a QuickTime film, an executable) is refused, named as what it is.
const ACCEPTED: Record<string, SniffedType> = {
  mp3: type('audio/mpeg', 'audio', 'mp3'),
  wav: type('audio/wav', 'audio', 'wav'),
  ogg: type('audio/ogg', 'audio', 'ogg'),
  oga: type('audio/ogg', 'audio', 'ogg'),
  opus: type('audio/ogg', 'audio', 'ogg'),
  m4a: type('audio/mp4', 'audio', 'm4a'),
  png: type('image/png', 'image', 'png'),
  jpg: type('image/jpeg', 'image', 'jpg'),
  gif: type('image/gif', 'image', 'gif'),
  webp: type('image/webp', 'image', 'webp'),
  pdf: type('application/pdf', 'document', 'pdf'),
  docx: type(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'document',
    'docx',
  ),
  pptx: type(
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    'document',
    'pptx',
  ),
  mp4: type('video/mp4', 'video', 'mp4'),
  m4v: type('video/mp4', 'video', 'mp4'),
  webm: type('video/webm', 'video', 'webm'),
};

/** Other names people give the same type: a photo named .jpeg keeps its name. */
const ALIASES: Record<string, string[]> = {
  jpg: ['jpeg', 'jpe', 'jfif'],
  ogg: ['oga', 'opus'],
  mp4: ['m4v'],
};

/**
 * The name a stored file is offered under: the uploader's name, its extension made that of the
 * detected type (a PDF sent as "x.mp3" is "x.pdf"), so no one opens it with the wrong program.
 */
export function nameForType(fileName: string, extension: string): string {
  const name = fileName.normalize('NFC').slice(0, 200);
  const dot = name.lastIndexOf('.');
  const given = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (given === extension || ALIASES[extension]?.includes(given)) return name;
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return `${stem || 'tep'}.${extension}`;
}

/** The detector's extension for the bytes (any type it knows), or null when it knows none. */
export async function detectExtension(bytes: Uint8Array): Promise<string | null> {
  try {
    return (await fileTypeFromBuffer(bytes))?.ext ?? null;
  } catch {
    // A malformed container (a truncated ZIP, an oversized box) is simply not a known type.
    return null;
  }
}

/** The type of a file from its content, when it is one Loa accepts somewhere; otherwise null. */
export async function sniffFileType(bytes: Uint8Array): Promise<SniffedType | null> {
  const ext = await detectExtension(bytes);
  return ext === null ? null : (ACCEPTED[ext] ?? null);
}

const ascii = (b: Uint8Array, length: number): string =>
  String.fromCharCode(...b.subarray(0, length));

/** A short Vietnamese description of what a refused file really is, for the error message. */
export async function describeUnknown(b: Uint8Array): Promise<string> {
  if (ascii(b, 2) === 'MZ') return 'một chương trình chạy được (Windows .exe)';
  if (ascii(b, 4) === '\x7fELF') return 'một chương trình chạy được (ELF)';
  if (ascii(b, 2) === '#!') return 'một tệp lệnh (script)';
  const ext = await detectExtension(b);
  if (ext === 'zip') return 'một tệp nén ZIP';
  return ext ? `một tệp ${ext.toUpperCase()}` : 'một loại tệp không được hỗ trợ';
}

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
