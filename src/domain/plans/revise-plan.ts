import type { Actor } from '../accounts/access';
import type { Deps, Writes } from '../deps';
import type { Repos } from '../ports';
import { conflict } from '../shared/domain-error';
import { createPlan } from './create-plan';
import { getPlan } from './get-plan';
import type { Plan, PlanContent } from './plan';

/** Issued plans are read-only; a change starts a new draft version of it, linked to the original. */
export async function revisePlan(
  deps: Writes<'plans' | 'units' | 'groups' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
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
  // Compare-and-set on the issued plan: of two revisions started at once (or a revision and a
  // close), one wins and the other is told, so no plan gets two competing drafts.
  const guard = async (repos: Pick<Repos, 'plans'>): Promise<void> => {
    if (!(await repos.plans.update(plan.id, plan.version, {}, deps.clock.now())))
      throw conflict(
        'Kế hoạch vừa được người khác thay đổi hoặc đã có phiên bản mới; hãy tải lại.',
      );
  };
  return createPlan(
    deps,
    actor,
    { unitId: unit.id, content: copy },
    { derivedFromId, revisionOfId: plan.id },
    guard,
  );
}
