import type { Action, Actor } from '../accounts/access';
import type { Reads } from '../deps';
import { notFound } from '../shared/domain-error';
import type { Unit } from '../units/unit';
import type { Plan } from './plan';
import { authorizePlan } from './plan-access';

/** A plan the actor may see (or act on with `action`), with its issuing unit. Throws not_found, forbidden. */
export async function getPlan(
  deps: Reads<'plans' | 'units'>,
  actor: Actor,
  id: string,
  action: Action = 'work.read',
): Promise<{ plan: Plan; unit: Unit }> {
  const plan = await deps.repos.plans.get(id);
  const unit = plan ? await deps.repos.units.get(plan.unitId) : null;
  if (!plan || !unit) throw notFound('kế hoạch');
  authorizePlan(actor, action, plan, unit.path);
  return { plan, unit };
}
