import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { conflict, DomainError } from '../shared/domain-error';
import type { ContentFile, ContentItem, ContentKind } from './content';
import type { FileStream } from './content.port';
import { getContent } from './content-access';
import {
  describeUnknown,
  nameForType,
  SIZE_CAPS,
  sniffFileType,
  type SniffedType,
} from './file-type';
import { openUpload, readUpload, wholeUpload } from './upload-stream';
import { CONTENT_FILE_FAMILIES, FAMILY_VI, HEAD_BYTES } from './file-uses';

const ACCEPTS = CONTENT_FILE_FAMILIES;
const mb = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`;

type CheckedFile = Omit<ContentFile, 'key' | 'name'> & { extension: string };

/** The file's type by its first bytes, if the kind accepts it. Throws validation. */
async function checkType(kind: ContentKind, head: Uint8Array): Promise<SniffedType> {
  const sniffed = await sniffFileType(head);
  const allowed = ACCEPTS[kind];
  if (sniffed && allowed.includes(sniffed.family)) return sniffed;
  const what = sniffed
    ? `tệp ${FAMILY_VI[sniffed.family]} (${sniffed.extension})`
    : await describeUnknown(head);
  throw new DomainError(
    'validation',
    `Tệp tải lên là ${what}, không phải tệp ${allowed.map((f) => FAMILY_VI[f]).join(' hoặc ')} được chấp nhận cho loại tài liệu này.`,
    {
      issues: [
        { path: 'file', message: 'Loại tệp không được chấp nhận (kiểm tra theo nội dung tệp).' },
      ],
    },
  );
}

/** Throws payload_too_large when a file of this type is over its family's cap. */
function checkSize(sniffed: SniffedType, size: number): void {
  const cap = SIZE_CAPS[sniffed.family];
  if (size > cap)
    throw new DomainError(
      'payload_too_large',
      `Tệp ${FAMILY_VI[sniffed.family]} dung lượng ${mb(size)} vượt giới hạn ${mb(cap)}.`,
      { details: { limitBytes: cap, sizeBytes: size } },
    );
}

/**
 * Checks a file by its content (not its name) and size for the item's kind, and reads an audio
 * file's duration (in the parse pool). Throws validation (wrong type, unreadable audio),
 * payload_too_large or file_too_complex.
 */
export async function checkFile(
  deps: Pick<Deps, 'parsers'>,
  kind: ContentKind,
  bytes: Uint8Array,
): Promise<CheckedFile> {
  if (bytes.length === 0) throw new DomainError('validation', 'Tệp trống.');
  const sniffed = await checkType(kind, bytes);
  checkSize(sniffed, bytes.length);
  const duration =
    sniffed.family === 'audio' ? await deps.parsers.audioDuration(sniffed.mediaType, bytes) : null;
  if (sniffed.family === 'audio' && sniffed.mediaType !== 'audio/mp4' && duration === null)
    throw new DomainError(
      'validation',
      'Không đọc được tệp âm thanh (tệp hỏng hoặc không đầy đủ).',
    );
  return {
    extension: sniffed.extension,
    mediaType: sniffed.mediaType,
    size: bytes.length,
    durationSeconds: duration === null ? null : Math.round(duration * 10) / 10,
  };
}

/**
 * A video (up to 100 MB) is checked by its first bytes and streamed to storage as it arrives;
 * everything else is read whole and checked as such. Returns the checked file and how to store it.
 */
async function receive(
  deps: Pick<Deps, 'storage' | 'parsers'>,
  kind: ContentKind,
  input: FileStream,
): Promise<{ checked: CheckedFile; store: (key: string) => Promise<void> }> {
  const upload = await openUpload(input, HEAD_BYTES);
  if (upload.size === 0) throw new DomainError('validation', 'Tệp trống.');
  const head = await sniffFileType(upload.head);
  if (head && ACCEPTS[kind].includes(head.family)) checkSize(head, upload.size);
  if (head?.family === 'video') {
    const { extension, mediaType } = await checkType(kind, upload.head);
    const body = wholeUpload(upload);
    return {
      checked: { extension, mediaType, size: upload.size, durationSeconds: null },
      store: (key) => deps.storage.putStream(key, { size: upload.size, body }, mediaType),
    };
  }
  const bytes = await readUpload(upload);
  const checked = await checkFile(deps, kind, bytes);
  return { checked, store: (key) => deps.storage.put(key, bytes, checked.mediaType) };
}

/**
 * Stores a file for a draft item, replacing the previous one. Throws not_found/forbidden,
 * conflict once approved (an approved item no longer changes), validation, payload_too_large,
 * storage_full.
 */
export async function attachFile(
  deps: Writes<'content' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'storage' | 'parsers'>,
  actor: Actor,
  id: string,
  input: { file: FileStream; fileName: string },
): Promise<ContentItem> {
  const { item, own } = await getContent(deps, actor, id);
  if (!own) throw new DomainError('not_found', 'Không tìm thấy tài liệu.');
  authorize(actor, 'work.write', item.unitPath);
  if (item.status !== 'draft')
    throw conflict('Tài liệu đã được duyệt; hãy tạo tài liệu mới để thay tệp.');
  const { checked: received, store } = await receive(deps, item.kind, input.file);
  const { extension, ...checked } = received;
  // The stored file's extension is that of what it is, never the one its sender gave it.
  const file: ContentFile = {
    key: `content/${item.id}/${deps.ids.newId()}.${extension}`,
    name: nameForType(input.fileName, extension),
    ...checked,
  };
  await store(file.key);
  const now = deps.clock.now();
  const updated = await deps.uow
    .transaction(async (repos) => {
      // Compare-and-set on the version read above: an approval (or another upload) in between
      // wins, and this file is not attached to an item its approver never saw.
      const saved = await repos.content.update(item.id, { file }, now, {
        status: 'draft',
        version: item.version,
        changedBy: actor.userId,
      });
      if (!saved)
        throw conflict(
          'Tài liệu vừa được duyệt hoặc thay tệp ở nơi khác; tệp của bạn chưa được lưu. Hãy tải lại.',
        );
      await recordChange(repos, deps, actor, {
        unitId: item.unitId,
        entity: 'content',
        entityId: item.id,
        action: 'update',
        changes: { file: { from: item.file?.name ?? null, to: file.name } },
      });
      return saved;
    })
    .catch(async (e: unknown) => {
      await deps.storage.delete(file.key).catch(() => undefined);
      throw e;
    });
  if (item.file) await deps.storage.delete(item.file.key).catch(() => undefined);
  return updated;
}
