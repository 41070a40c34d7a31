import type { Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { conflict, forbidden } from '../shared/domain-error';
import { getPlan } from './get-plan';
import type { PlanStatus } from './plan';
import { planLink } from './plan-transitions';

const PLAN_CHANGED = 'Kế hoạch vừa được người khác thay đổi; hãy tải lại.';

/** Why a plan in this status is not deleted, in words the author can act on. */
export function notDeletable(status: PlanStatus): string {
  return status === 'submitted'
    ? 'Kế hoạch đang chờ lãnh đạo duyệt nên không xóa được; hãy rút lại trước.'
    : 'Kế hoạch đã ban hành nên không xóa được; chỉ xóa được bản dự thảo.';
}

/**
 * Deletes a plan that is still a draft, never issued: by its author, or by an officer of its own
 * unit. A draft revision of an issued plan is discarded the same way, and the issued plan it
 * revises stays as it is. Leaders' notices pointing at it go too (the page is gone). The status
 * and version are compared in the delete itself, so a submission or edit landing in between makes
 * this a conflict. Throws not_found, forbidden (role, or another unit's officer who did not write
 * it), conflict once submitted or issued.
 */
export async function deletePlan(
  deps: Writes<'plans' | 'units' | 'notifications' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  id: string,
): Promise<void> {
  const { plan, unit } = await getPlan(deps, actor, id, 'work.write');
  if (plan.createdBy !== actor.userId && plan.unitId !== actor.unitId)
    throw forbidden('Chỉ người soạn hoặc cán bộ của đơn vị ban hành mới xóa được bản dự thảo.');
  if (plan.status !== 'draft') throw conflict(notDeletable(plan.status));
  await deps.uow.transaction(async (repos) => {
    if (!(await repos.plans.deleteDraft(plan.id, plan.version))) throw conflict(PLAN_CHANGED);
    await repos.notifications.settleLink(planLink(plan.id), deps.clock.now(), true);
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'plan',
      entityId: plan.id,
      action: 'delete',
      changes: {
        title: plan.title,
        status: plan.status,
        ...(plan.revisionOfId ? { revisionOfId: plan.revisionOfId } : {}),
      },
    });
  });
}
