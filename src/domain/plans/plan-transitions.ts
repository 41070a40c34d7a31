import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { notifyUnits } from '../notifications/notify';
import { conflict, forbidden, invalid } from '../shared/domain-error';
import { refuseIncomplete } from './plan-rules';
import { checkAssignees } from './check-assignees';
import { getPlan } from './get-plan';
import type { Plan, PlanStatus } from './plan';

export const planLink = (id: string): string => `/app/plans/${id}`;

type TransitionDeps = Pick<Deps, 'clock' | 'ids'> & Partial<Pick<Deps, 'mailer'>>;

async function move(
  deps: Writes<'plans' | 'notifications' | 'outbox' | 'audit'> & TransitionDeps,
  actor: Actor,
  plan: Plan,
  unitId: string,
  to: PlanStatus,
  patch: Partial<Plan>,
  notify?: { title: string; body: string },
  action: 'update' | 'recall' = 'update',
): Promise<Plan> {
  return deps.uow.transaction(async (repos) => {
    const saved = await repos.plans.update(
      plan.id,
      plan.version,
      { status: to, ...patch },
      deps.clock.now(),
    );
    if (!saved) throw conflict('Kế hoạch vừa được người khác thay đổi; hãy tải lại.');
    await recordChange(repos, deps, actor, {
      unitId,
      entity: 'plan',
      entityId: plan.id,
      action,
      changes: {
        status: { from: plan.status, to },
        ...(patch.returnNote ? { returnNote: patch.returnNote } : {}),
      },
    });
    // Nothing waits for the leaders any more: their "chờ duyệt" notice stops counting as new.
    if (action === 'recall')
      await repos.notifications.settleLink(planLink(plan.id), deps.clock.now(), false);
    // The leaders hear of a plan to approve by e-mail too, sent once the change commits.
    if (notify)
      await notifyUnits(repos, deps, {
        unitIds: [unitId],
        roles: ['leader', 'admin'],
        kind: 'plan',
        ...notify,
        link: planLink(plan.id),
      });
    return saved;
  });
}

/** Sends a draft for approval; the unit's leaders are notified. Throws conflict unless a draft. */
export async function submitPlan(
  deps: Writes<'plans' | 'units' | 'groups' | 'notifications' | 'outbox' | 'audit'> &
    TransitionDeps,
  actor: Actor,
  id: string,
): Promise<Plan> {
  const { plan, unit } = await getPlan(deps, actor, id, 'work.write');
  if (plan.status !== 'draft') throw conflict('Chỉ trình duyệt được bản dự thảo.');
  refuseIncomplete(plan, 'trình duyệt');
  await checkAssignees(deps.repos, unit, plan);
  return move(
    deps,
    actor,
    plan,
    unit.id,
    'submitted',
    { submittedBy: actor.userId },
    {
      title: 'Kế hoạch chờ duyệt',
      body: `${actor.displayName} trình duyệt: ${plan.title || '(chưa có trích yếu)'}`,
    },
  );
}

/** A leader returns a submitted plan to draft with a comment. Throws validation without one. */
export async function returnPlan(
  deps: Writes<'plans' | 'units' | 'notifications' | 'outbox' | 'audit'> & TransitionDeps,
  actor: Actor,
  id: string,
  note: string,
): Promise<Plan> {
  const { plan, unit } = await getPlan(deps, actor, id, 'work.approve');
  authorize(actor, 'work.approve', unit.path);
  if (plan.status !== 'submitted') throw conflict('Chỉ trả lại được kế hoạch đang chờ duyệt.');
  if (!note.trim()) throw invalid('note', 'Ghi lý do trả lại để người soạn biết cần sửa gì.');
  return move(deps, actor, plan, unit.id, 'draft', { returnNote: note.trim(), submittedBy: null });
}

/**
 * Its submitter takes a plan back from the leaders before they decide (issue or return): it is a
 * draft again, to edit and submit anew. The version is compared and set, so a recall racing an
 * issue or a return has one winner. Throws conflict unless submitted, forbidden for anyone else.
 */
export async function recallPlan(
  deps: Writes<'plans' | 'units' | 'notifications' | 'outbox' | 'audit'> & TransitionDeps,
  actor: Actor,
  id: string,
): Promise<Plan> {
  const { plan, unit } = await getPlan(deps, actor, id, 'work.write');
  if (plan.status !== 'submitted')
    throw conflict(
      plan.status === 'draft'
        ? 'Kế hoạch đang là bản dự thảo, không có gì để rút lại.'
        : 'Kế hoạch đã ban hành nên không rút lại được; hãy lập phiên bản mới nếu cần sửa.',
    );
  if (plan.submittedBy !== actor.userId)
    throw forbidden('Chỉ người đã trình duyệt mới rút lại được kế hoạch.');
  return move(deps, actor, plan, unit.id, 'draft', { submittedBy: null }, undefined, 'recall');
}

/** Closes an issued plan at the end of its work. Throws conflict unless issued. */
export async function closePlan(
  deps: Writes<'plans' | 'units' | 'notifications' | 'outbox' | 'audit'> & TransitionDeps,
  actor: Actor,
  id: string,
): Promise<Plan> {
  const { plan, unit } = await getPlan(deps, actor, id, 'work.approve');
  authorize(actor, 'work.approve', unit.path);
  if (plan.status !== 'issued') throw conflict('Chỉ kết thúc được kế hoạch đã ban hành.');
  return move(deps, actor, plan, unit.id, 'closed', {});
}
