import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { conflict, forbidden } from '../shared/domain-error';
import { STATUS_VI } from './claim';
import { getClaim } from './handle-claim';

const HANDLED = (status: string): string =>
  `Thông tin này đã được xử lý (${status}) nên không xóa được; hãy chuyển sang "Đã đóng" nếu không cần theo dõi.`;

/**
 * Deletes a claim logged by mistake while nobody has started handling it (still "Mới"): by its
 * author, or by an officer of the desk (unit) that logged it. Its screenshot goes from storage
 * after the row. The status is compared in the delete itself, so a desk starting verification
 * meanwhile makes this a conflict. Throws not_found (out of scope), forbidden (role, or an officer
 * above who did not write it), conflict once handled.
 */
export async function deleteClaim(
  deps: Writes<'claims' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'storage'>,
  actor: Actor,
  id: string,
): Promise<void> {
  const claim = await getClaim(deps, actor, id);
  authorize(actor, 'work.write', claim.unitPath);
  if (claim.createdBy !== actor.userId && claim.unitId !== actor.unitId)
    throw forbidden(
      'Chỉ người ghi nhận hoặc cán bộ của đơn vị ghi nhận mới xóa được thông tin này.',
    );
  if (claim.status !== 'new') throw conflict(HANDLED(STATUS_VI[claim.status]));
  await deps.uow.transaction(async (repos) => {
    if (!(await repos.claims.deleteIf(claim.id, actor.unitPath, 'new')))
      throw conflict(HANDLED('vừa được cập nhật'));
    await recordChange(repos, deps, actor, {
      unitId: claim.unitId,
      entity: 'claim',
      entityId: claim.id,
      action: 'delete',
      changes: { text: claim.text, platform: claim.platform, status: claim.status },
    });
  });
  // The bytes go after the row: a failure here leaves an unreferenced file, never a broken claim.
  if (claim.screenshotKey) await deps.storage.delete(claim.screenshotKey).catch(() => undefined);
}
