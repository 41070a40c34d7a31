import { authorize, type Actor } from '../accounts/access';
import type { Deps } from '../deps';
import { foldVietnamese } from '../shared/text';
import { ancestorIds } from '../units/unit';
import type { PlanStatus } from './plan';
import type { PlanListItem } from './plans.port';

/** Plans of the actor's subtree plus the issued plans of the units above, newest first. */
export async function findPlans(
  deps: Pick<Deps, 'repos'>,
  actor: Actor,
  input: { status?: PlanStatus; unitId?: string; search?: string; derivedFromId?: string },
): Promise<PlanListItem[]> {
  authorize(actor, 'work.read');
  return deps.repos.plans.find({
    withinPath: actor.unitPath,
    ancestorIds: ancestorIds(actor.unitPath),
    ...(input.status ? { status: input.status } : {}),
    ...(input.unitId ? { unitId: input.unitId } : {}),
    ...(input.search ? { search: foldVietnamese(input.search) } : {}),
    ...(input.derivedFromId ? { derivedFromId: input.derivedFromId } : {}),
    limit: 200,
  });
}
