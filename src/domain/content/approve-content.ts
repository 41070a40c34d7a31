import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps } from '../deps';
import { conflict, DomainError, forbidden } from '../shared/domain-error';
import type { ContentItem } from './content';
import { getContent } from './content-access';

const NEEDS_FILE = new Set(['audio', 'poster', 'video', 'legal']);

/**
 * A leader approves a draft so it can be distributed, scheduled or published; never their own.
 * Throws not_found, forbidden (role, or self-approval), conflict (not a draft), validation (no file).
 */
export async function approveContent(
  deps: Pick<Deps, 'repos' | 'uow' | 'clock' | 'ids'>,
  actor: Actor,
  id: string,
): Promise<ContentItem> {
  const { item, own } = await getContent(deps, actor, id);
  if (!own) throw new DomainError('not_found', 'Không tìm thấy tài liệu.');
  authorize(actor, 'work.approve', item.unitPath);
  if (item.createdBy === actor.userId)
    throw forbidden('Không thể tự duyệt tài liệu do chính mình tạo; hãy nhờ lãnh đạo khác duyệt.');
  if (item.status !== 'draft') throw conflict('Tài liệu không ở trạng thái chờ duyệt.');
  if (NEEDS_FILE.has(item.kind) && !item.file)
    throw new DomainError('validation', 'Tài liệu chưa có tệp đính kèm.', {
      issues: [{ path: 'file', message: 'Hãy tải tệp lên trước khi duyệt.' }],
    });
  const now = deps.clock.now();
  return deps.uow.transaction(async (repos) => {
    const saved = await repos.content.update(
      item.id,
      { status: 'approved', approvedBy: actor.userId, approvedAt: now },
      now,
    );
    await recordChange(repos, deps, actor, {
      unitId: item.unitId,
      entity: 'content',
      entityId: item.id,
      action: 'approve',
      changes: { status: { from: 'draft', to: 'approved' } },
    });
    if (!saved) throw new DomainError('not_found', 'Không tìm thấy tài liệu.');
    return saved;
  });
}
