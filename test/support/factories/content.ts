import type { User } from '../../../src/domain/accounts/user';
import { approveContent } from '../../../src/domain/content/approve-content';
import { attachFile } from '../../../src/domain/content/attach-file';
import type { ContentItem, ContentKind } from '../../../src/domain/content/content';
import { createContent, type CreateContentInput } from '../../../src/domain/content/create-content';
import { distributeContent } from '../../../src/domain/content/distribute-content';
import { streamOf } from '../../../src/domain/content/upload-stream';
import { toneWav } from '../../../src/domain/content/wav';
import type { Deps } from '../../../src/domain/deps';
import type { Unit } from '../../../src/domain/units/unit';
import { actingAs } from './accounts';
import { nextNumber, SAMPLE } from './sequence';

/** A file to attach: its bytes and the name it was sent under. */
export interface SampleFile {
  name: string;
  bytes: Uint8Array;
}

export type ContentOverrides = Partial<Omit<CreateContentInput, 'unitId'>> & {
  /** Attach a file: `true` for a small valid one of the kind's type, or the given bytes. */
  file?: true | SampleFile;
  /** draft (default), or approved by a leader who did not write it (four eyes). */
  status?: 'draft' | 'approved';
  /** Who writes it and uploads the file; a new officer of the unit otherwise. */
  author?: User;
  /** Who approves it; a new leader of the unit otherwise. */
  approver?: User;
  /** Units below `unit` to send it to once approved (each alone, not its subtree), by its author. */
  sentTo?: Unit[];
};

// The smallest valid PNG (one transparent pixel): posters, articles and slogans take images.
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
);
const PDF = new TextEncoder().encode(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n',
);
// An MP4 is known by its `ftyp` box; a video is only checked by its first bytes, so that is enough.
const MP4 = Uint8Array.from([
  ...Buffer.from('00000018667479706973736f6d0000020069736f6d69736f32', 'hex'),
  ...new Uint8Array(1024),
]);

/** A small file each kind accepts, checked by content exactly as an upload would be. */
export function sampleFileFor(kind: ContentKind): SampleFile {
  switch (kind) {
    case 'audio':
      // A real WAV: the use case reads an audio file's duration and refuses one it cannot read.
      return { name: 'ban-tin-mau.wav', bytes: toneWav(2) };
    case 'video':
      return { name: 'phong-su-mau.mp4', bytes: MP4 };
    case 'article':
    case 'poster':
    case 'slogans':
      return { name: 'anh-mau.png', bytes: PNG };
    case 'legal':
    case 'qa':
      return { name: 'van-ban-mau.pdf', bytes: PDF };
  }
}

/**
 * A content item of `unit` made through `createContent`, with a file through `attachFile` when
 * asked, and approved through `approveContent` when `status` says so (a kind that needs a file
 * gets the sample one then, as the use case refuses to approve it without), then sent through
 * `distributeContent` to the units in `sentTo`. Defaults: an article
 * with sample title, summary and body.
 */
export async function buildContent(
  deps: Deps,
  unit: Unit,
  overrides: ContentOverrides = {},
): Promise<ContentItem> {
  const { file, status = 'draft', author, approver, sentTo = [], ...input } = overrides;
  const writer = await actingAs(deps, unit, author, 'officer');
  const n = nextNumber();
  let item = await createContent(deps, writer, {
    unitId: unit.id,
    kind: 'article',
    title: `Bài tuyên truyền bầu cử số ${n} ${SAMPLE}`,
    summary: `Tóm tắt bài tuyên truyền số ${n} ${SAMPLE}.`,
    // Articles and slogans need a body; other kinds keep it as extra text.
    body: `Cử tri đi bầu đúng ngày, đúng giờ, mang theo thẻ cử tri ${SAMPLE}.`,
    ...input,
  });
  // The kinds approveContent refuses to approve without a file.
  const needsFile =
    status === 'approved' && ['audio', 'poster', 'video', 'legal'].includes(item.kind);
  const attach =
    file === true || (file === undefined && needsFile) ? sampleFileFor(item.kind) : file;
  if (attach)
    item = await attachFile(deps, writer, item.id, {
      file: streamOf(attach.bytes),
      fileName: attach.name,
    });
  if (status === 'draft') return item;
  const leader = await actingAs(deps, unit, approver, 'leader');
  const approved = await approveContent(deps, leader, item.id, { version: item.version });
  if (sentTo.length > 0)
    await distributeContent(deps, writer, approved.id, {
      unitIds: sentTo.map((u) => u.id),
      includeSubtree: false,
    });
  return approved;
}
