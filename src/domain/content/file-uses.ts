// Which files each use of an upload accepts, and how large: the one home of these rules, read by
// the server when a file arrives and by the workspace before it creates the item a file is for,
// so a file the server would refuse is refused before anything exists that it would orphan.
import type { ContentKind } from './content';
import {
  describeUnknown,
  SIZE_CAPS,
  sniffFileType,
  type FileFamily,
  type SniffedType,
} from './file-type';

export interface FileUse {
  /** The families (by content) this use takes. */
  families: readonly FileFamily[];
  /** A narrower list of media types within those families, when the use has one. */
  mediaTypes?: readonly string[];
  /** A cap below the family's own, when the use has one. */
  maxBytes?: number;
}

/** Which files each kind of content item accepts. */
export const CONTENT_FILE_FAMILIES: Record<ContentKind, readonly FileFamily[]> = {
  audio: ['audio'],
  article: ['image', 'document'],
  poster: ['image', 'document'],
  slogans: ['document', 'image'],
  video: ['video'],
  legal: ['document'],
  qa: ['document'],
};

const PHOTO: FileUse = { families: ['image'] };

/** Every upload that is sent for an item of its own, after that item exists. */
export const FILE_USES = {
  activityPhoto: PHOTO,
  claimScreenshot: PHOTO,
  subUnitPhoto: PHOTO,
  candidatePhoto: {
    families: ['image'],
    mediaTypes: ['image/jpeg', 'image/png', 'image/webp'],
    maxBytes: 2 * 1024 * 1024,
  },
} as const satisfies Record<string, FileUse>;

/** The file rule of a content item of this kind. */
export const contentFileUse = (kind: ContentKind): FileUse => ({
  families: CONTENT_FILE_FAMILIES[kind],
});

/** Whether the use takes a file of this type. */
export const takes = (use: FileUse, type: SniffedType): boolean =>
  use.families.includes(type.family) &&
  (!use.mediaTypes || use.mediaTypes.includes(type.mediaType));

/** The largest file of this family the use takes. */
export const capFor = (use: FileUse, family: FileFamily): number =>
  Math.min(use.maxBytes ?? Infinity, SIZE_CAPS[family]);

/** The largest file of any type the use takes: a larger one need not be read to be refused. */
export const largestCap = (use: FileUse): number =>
  Math.max(...use.families.map((f) => capFor(use, f)));

export const FAMILY_VI: Record<FileFamily, string> = {
  audio: 'âm thanh',
  image: 'hình ảnh',
  document: 'văn bản',
  video: 'video',
};

const TYPE_VI: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
};

export const megabytes = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`;

/** What the use takes, in words ("tệp hình ảnh (JPEG, PNG, WebP), tối đa 2 MB"). */
export function usePhrase(use: FileUse): string {
  const what = `tệp ${use.families.map((f) => FAMILY_VI[f]).join(' hoặc ')}`;
  const types = use.mediaTypes ? ` (${use.mediaTypes.map((t) => TYPE_VI[t] ?? t).join(', ')})` : '';
  return `${what}${types}, tối đa ${megabytes(largestCap(use))}`;
}

export interface FileRefusal {
  reason: 'type' | 'size' | 'empty';
  message: string;
}

/**
 * Why the use refuses a file, from its bytes (the whole file, or only its start when it is larger
 * than anything the use takes, or a video) and its size; null when it takes it.
 */
export async function fileRefusal(
  use: FileUse,
  bytes: Uint8Array,
  size: number,
): Promise<FileRefusal | null> {
  if (size === 0) return { reason: 'empty', message: 'Tệp trống.' };
  const sniffed = await sniffFileType(bytes);
  if (sniffed && takes(use, sniffed)) {
    const cap = capFor(use, sniffed.family);
    return size > cap
      ? { reason: 'size', message: `Tệp ${megabytes(size)} vượt giới hạn ${megabytes(cap)}.` }
      : null;
  }
  if (!sniffed && bytes.length < size && size > largestCap(use))
    return {
      reason: 'size',
      message: `Tệp ${megabytes(size)} vượt giới hạn ${megabytes(largestCap(use))}.`,
    };
  const what = sniffed
    ? `tệp ${FAMILY_VI[sniffed.family]} (${sniffed.extension})`
    : await describeUnknown(bytes);
  return { reason: 'type', message: `Tệp này là ${what}; chỉ nhận ${usePhrase(use)}.` };
}

/** The start of a file that tells a video by its container header, as the server reads it. */
export const HEAD_BYTES = 64 * 1024;

/**
 * Whether a file must be read whole to be judged as the server judges it, given its start: a
 * video is judged by its start (it may be 100 MB), and a file larger than anything the use takes
 * is refused by its size alone.
 */
export async function readsWhole(use: FileUse, head: Uint8Array, size: number): Promise<boolean> {
  if (head.length >= size || size > largestCap(use)) return false;
  return (await sniffFileType(head))?.family !== 'video';
}
