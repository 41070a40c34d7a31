import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { conflict, DomainError } from '../shared/domain-error';
import { getContent } from './content-access';

export const NOT_A_DRAFT =
  'Tài liệu đã được duyệt nên không xóa được; hãy đề nghị lãnh đạo thu hồi.';

/**
 * Deletes a draft item (never approved): by its author, or by an officer of its own unit, so an
 * item left without a file or entered by mistake can be removed. Throws not_found, forbidden
 * (role, or another unit's officer who did not write it), conflict once approved.
 */
export async function deleteContent(
  deps: Writes<'content' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'storage'>,
  actor: Actor,
  id: string,
): Promise<void> {
  const { item, own } = await getContent(deps, actor, id);
  if (!own) throw new DomainError('not_found', 'Không tìm thấy tài liệu.');
  authorize(actor, 'work.write', item.unitPath);
  if (item.createdBy !== actor.userId && item.unitId !== actor.unitId)
    throw new DomainError(
      'forbidden',
      'Chỉ người soạn hoặc cán bộ của đơn vị sở hữu mới xóa được bản nháp.',
    );
  if (item.status !== 'draft') throw conflict(NOT_A_DRAFT);
  await deps.uow.transaction(async (repos) => {
    // Locked as a draft: an approval landing in between makes this a conflict, not a lost item.
    const locked = await repos.content.lockIf(id, { status: 'draft' });
    if (!locked) throw conflict(NOT_A_DRAFT);
    await repos.content.delete(id);
    await recordChange(repos, deps, actor, {
      unitId: item.unitId,
      entity: 'content',
      entityId: id,
      action: 'delete',
      changes: { title: item.title, kind: item.kind, status: item.status },
    });
  });
  // The bytes go after the row: a failure here leaves an unreferenced file, never a broken item.
  if (item.file) await deps.storage.delete(item.file.key).catch(() => undefined);
}
