import type { Actor } from '../accounts/access';
import type { Deps } from '../deps';
import { conflict } from '../shared/domain-error';
import { createPlan } from './create-plan';
import { getPlan } from './get-plan';
import type { Plan, PlanContent } from './plan';

/** Issued plans are read-only; a change starts a new draft version of it, linked to the original. */
export async function revisePlan(
  deps: Pick<Deps, 'repos' | 'uow' | 'clock' | 'ids'>,
  actor: Actor,
  id: string,
): Promise<Plan> {
  const { plan, unit } = await getPlan(deps, actor, id, 'work.write');
  if (plan.status !== 'issued' && plan.status !== 'closed')
    throw conflict(
      'Bản dự thảo sửa trực tiếp được; chỉ kế hoạch đã ban hành mới cần phiên bản mới.',
    );
  const {
    id: _i,
    unitId: _u,
    status: _s,
    number: _n,
    issuedOn: _d,
    derivedFromId,
    revisionOfId: _r,
    createdBy: _c,
    editors: _e,
    submittedBy: _sb,
    approvedBy: _a,
    returnNote: _rn,
    version: _v,
    createdAt: _ca,
    updatedAt: _ua,
    ...content
  } = plan;
  const copy: PlanContent = content;
  return createPlan(
    deps,
    actor,
    { unitId: unit.id, content: copy },
    { derivedFromId, revisionOfId: plan.id },
  );
}
