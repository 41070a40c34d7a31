import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import type { Repos } from '../ports';
import { getUnit } from '../units/get-unit';
import { blankPlanContent } from './blank-plan';
import { checkAssignees } from './check-assignees';
import type { Plan, PlanContent } from './plan';

/**
 * Starts a draft plan for a unit of the actor's subtree; `guard` runs first in the same
 * transaction (a compare-and-set the new draft depends on). The content is kept as given, complete
 * or not, like any draft. Throws not_found, forbidden, validation (an assignee outside reach), and
 * what `guard` throws.
 */
export async function createPlan(
  deps: Writes<'units' | 'groups' | 'plans' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  input: { unitId: string; content?: Partial<PlanContent> },
  links: { derivedFromId?: string | null; revisionOfId?: string | null } = {},
  guard: (repos: Pick<Repos, 'plans'>) => Promise<void> = async () => undefined,
): Promise<Plan> {
  const unit = await getUnit(deps, actor, input.unitId);
  authorize(actor, 'work.write', unit.path);
  const parent = unit.parentId ? await deps.repos.units.get(unit.parentId) : null;
  const content: PlanContent = { ...blankPlanContent(unit, parent), ...input.content };
  await checkAssignees(deps.repos, unit, content, { draft: true });
  const now = deps.clock.now();
  const plan: Plan = {
    ...content,
    id: deps.ids.newId(),
    unitId: unit.id,
    status: 'draft',
    number: null,
    issuedOn: null,
    derivedFromId: links.derivedFromId ?? null,
    revisionOfId: links.revisionOfId ?? null,
    createdBy: actor.userId,
    editors: [actor.userId],
    submittedBy: null,
    approvedBy: null,
    returnNote: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await deps.uow.transaction(async (repos) => {
    await guard(repos);
    await repos.plans.insert(plan);
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'plan',
      entityId: plan.id,
      action: 'create',
      changes: {
        title: plan.title,
        derivedFromId: plan.derivedFromId,
        revisionOfId: plan.revisionOfId,
      },
    });
  });
  return plan;
}
