import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { conflict, DomainError } from '../shared/domain-error';
import type { ContentItem } from './content';
import { getContent } from './content-access';
import { refuseOwnWork } from './four-eyes';

const NEEDS_FILE = new Set(['audio', 'poster', 'video', 'legal']);

export const STALE_CONTENT =
  'Tài liệu đã thay đổi (nội dung hoặc tệp mới) sau khi bạn mở; hãy xem lại bản mới rồi duyệt.';

/**
 * A leader approves a draft so it can be distributed, scheduled or published: the version they
 * looked at (`version`), never one they wrote or changed. Throws not_found, forbidden (role, own
 * work), conflict (not a draft, or changed since `version`), validation (no file).
 */
export async function approveContent(
  deps: Writes<'content' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  id: string,
  input: { version?: number } = {},
): Promise<ContentItem> {
  const { item, own } = await getContent(deps, actor, id);
  if (!own) throw new DomainError('not_found', 'Không tìm thấy tài liệu.');
  authorize(actor, 'work.approve', item.unitPath);
  refuseOwnWork(item, actor, 'duyệt');
  if (item.status !== 'draft') throw conflict('Tài liệu không ở trạng thái chờ duyệt.');
  const seen = input.version ?? item.version;
  if (seen !== item.version) throw conflict(STALE_CONTENT);
  if (NEEDS_FILE.has(item.kind) && !item.file)
    throw new DomainError('validation', 'Tài liệu chưa có tệp đính kèm.', {
      issues: [{ path: 'file', message: 'Hãy tải tệp lên trước khi duyệt.' }],
    });
  const now = deps.clock.now();
  return deps.uow.transaction(async (repos) => {
    // Compare-and-set: a file replaced or a second approval in between makes this match nothing.
    const saved = await repos.content.update(
      item.id,
      { status: 'approved', approvedBy: actor.userId, approvedAt: now },
      now,
      { status: 'draft', version: seen },
    );
    if (!saved) throw conflict(STALE_CONTENT);
    await recordChange(repos, deps, actor, {
      unitId: item.unitId,
      entity: 'content',
      entityId: item.id,
      action: 'approve',
      changes: { status: { from: 'draft', to: 'approved' }, version: seen },
    });
    return saved;
  });
}
