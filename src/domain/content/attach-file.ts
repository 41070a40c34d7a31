import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps } from '../deps';
import { conflict, DomainError } from '../shared/domain-error';
import type { ContentFile, ContentItem, ContentKind } from './content';
import { getContent } from './content-access';
import { describeUnknown, SIZE_CAPS, sniffFileType, type FileFamily } from './file-type';

/** Which files each kind accepts. */
const ACCEPTS: Record<ContentKind, FileFamily[]> = {
  audio: ['audio'],
  article: ['image', 'document'],
  poster: ['image', 'document'],
  slogans: ['document', 'image'],
  video: ['video'],
  legal: ['document'],
  qa: ['document'],
};
const FAMILY_VI: Record<FileFamily, string> = {
  audio: 'âm thanh',
  image: 'hình ảnh',
  document: 'văn bản',
  video: 'video',
};
const mb = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * Checks a file by its content (not its name) and size for the item's kind, and reads an audio
 * file's duration (in the parse pool). Throws validation (wrong type, unreadable audio),
 * payload_too_large or file_too_complex.
 */
export async function checkFile(
  deps: Pick<Deps, 'parsers'>,
  kind: ContentKind,
  bytes: Uint8Array,
): Promise<Omit<ContentFile, 'key' | 'name'>> {
  if (bytes.length === 0) throw new DomainError('validation', 'Tệp trống.');
  const sniffed = sniffFileType(bytes);
  const allowed = ACCEPTS[kind];
  if (!sniffed || !allowed.includes(sniffed.family)) {
    const what = sniffed
      ? `tệp ${FAMILY_VI[sniffed.family]} (${sniffed.extension})`
      : describeUnknown(bytes);
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
  const cap = SIZE_CAPS[sniffed.family];
  if (bytes.length > cap)
    throw new DomainError(
      'payload_too_large',
      `Tệp ${FAMILY_VI[sniffed.family]} dung lượng ${mb(bytes.length)} vượt giới hạn ${mb(cap)}.`,
      { details: { limitBytes: cap, sizeBytes: bytes.length } },
    );
  const duration =
    sniffed.family === 'audio' ? await deps.parsers.audioDuration(sniffed.mediaType, bytes) : null;
  if (sniffed.family === 'audio' && sniffed.mediaType !== 'audio/mp4' && duration === null)
    throw new DomainError(
      'validation',
      'Không đọc được tệp âm thanh (tệp hỏng hoặc không đầy đủ).',
    );
  return {
    mediaType: sniffed.mediaType,
    size: bytes.length,
    durationSeconds: duration === null ? null : Math.round(duration * 10) / 10,
  };
}

/**
 * Stores a file for a draft item, replacing the previous one. Throws not_found/forbidden,
 * conflict once approved (an approved item no longer changes), validation, payload_too_large,
 * storage_full.
 */
export async function attachFile(
  deps: Pick<Deps, 'repos' | 'uow' | 'clock' | 'ids' | 'storage' | 'parsers'>,
  actor: Actor,
  id: string,
  input: { bytes: Uint8Array; fileName: string },
): Promise<ContentItem> {
  const { item, own } = await getContent(deps, actor, id);
  if (!own) throw new DomainError('not_found', 'Không tìm thấy tài liệu.');
  authorize(actor, 'work.write', item.unitPath);
  if (item.status !== 'draft')
    throw conflict('Tài liệu đã được duyệt; hãy tạo tài liệu mới để thay tệp.');
  const checked = await checkFile(deps, item.kind, input.bytes);
  const ext = input.fileName.match(/\.([a-z0-9]{1,5})$/i)?.[1] ?? 'bin';
  const file: ContentFile = {
    key: `content/${item.id}/${deps.ids.newId()}.${ext.toLowerCase()}`,
    name: input.fileName.normalize('NFC').slice(0, 200) || `tep.${ext}`,
    ...checked,
  };
  await deps.storage.put(file.key, input.bytes, file.mediaType);
  const updated = await deps.uow.transaction(async (repos) => {
    const saved = await repos.content.update(item.id, { file }, deps.clock.now());
    await recordChange(repos, deps, actor, {
      unitId: item.unitId,
      entity: 'content',
      entityId: item.id,
      action: 'update',
      changes: { file: { from: item.file?.name ?? null, to: file.name } },
    });
    return saved;
  });
  if (item.file) await deps.storage.delete(item.file.key).catch(() => undefined);
  if (!updated) throw new DomainError('not_found', 'Không tìm thấy tài liệu.');
  return updated;
}
