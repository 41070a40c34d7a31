import { authorize, type Actor } from '../accounts/access';
import type { Reads } from '../deps';
import { foldVietnamese } from '../shared/text';
import { ancestorIds } from '../units/unit';
import { ISSUED_PLAN_STATUSES, type PlanStatus } from './plan';
import type { PlanListItem } from './plans.port';

/** How many plans one list holds; the rest are counted, and found by filtering or searching. */
export const PLAN_LIST_LIMIT = 200;

/**
 * Plans of the actor's subtree plus the issued plans of the units above, newest first: at most
 * PLAN_LIST_LIMIT of them, with the number that match in all.
 */
export async function findPlans(
  deps: Reads<'plans'>,
  actor: Actor,
  input: {
    status?: PlanStatus;
    unitId?: string;
    search?: string;
    derivedFromId?: string;
    /** Only issued plans, in force or closed. */
    issued?: boolean;
  },
): Promise<{ items: PlanListItem[]; total: number }> {
  authorize(actor, 'work.read');
  return deps.repos.plans.find({
    withinPath: actor.unitPath,
    ancestorIds: ancestorIds(actor.unitPath),
    ...(input.status ? { status: input.status } : {}),
    ...(input.unitId ? { unitId: input.unitId } : {}),
    ...(input.search ? { search: foldVietnamese(input.search) } : {}),
    ...(input.derivedFromId ? { derivedFromId: input.derivedFromId } : {}),
    ...(input.issued ? { statuses: [...ISSUED_PLAN_STATUSES] } : {}),
    limit: PLAN_LIST_LIMIT,
  });
}
