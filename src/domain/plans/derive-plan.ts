import { authorize, type Actor } from '../accounts/access';
import type { Deps, Writes } from '../deps';
import { conflict, DomainError } from '../shared/domain-error';
import { getUnit } from '../units/get-unit';
import { isWithin } from '../units/unit';
import { assigneesOf } from './assignment-units';
import { createPlan } from './create-plan';
import { derivePlanContent } from './derive-plan-content';
import { getPlan } from './get-plan';
import type { Plan } from './plan';

/**
 * Starts a lower unit's plan from a higher unit's issued plan (see derivePlanContent for what is
 * inherited); the two stay linked. Throws conflict when the plan is not issued or the unit has
 * derived from it already, validation when the unit is not below the issuer.
 */
export async function derivePlan(
  deps: Writes<'plans' | 'units' | 'groups' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  parentPlanId: string,
  input: { unitId?: string },
): Promise<Plan> {
  const { plan: parent, unit: parentUnit } = await getPlan(deps, actor, parentPlanId);
  if (parent.status !== 'issued' && parent.status !== 'closed')
    throw conflict('Chỉ triển khai được từ kế hoạch đã ban hành.');
  const unit = await getUnit(deps, actor, input.unitId ?? actor.unitId);
  authorize(actor, 'work.write', unit.path);
  if (unit.id === parentUnit.id || !isWithin(unit.path, parentUnit.path)) {
    throw new DomainError(
      'validation',
      `${unit.name} không phải đơn vị cấp dưới của ${parentUnit.name}.`,
      { issues: [{ path: 'unitId', message: 'Chọn một đơn vị cấp dưới của đơn vị ban hành.' }] },
    );
  }
  const existing = (await deps.repos.plans.derivedFrom(parent.id)).find(
    (d) => d.unitId === unit.id,
  );
  if (existing)
    throw new DomainError('conflict', `${unit.name} đã có kế hoạch triển khai từ kế hoạch này.`, {
      details: { planId: existing.id },
    });
  const unitParent = unit.parentId ? await deps.repos.units.get(unit.parentId) : null;
  // An assignment naming several units, or all of a kind, is the lower unit's own when it reaches it.
  const reached = await Promise.all(
    parent.assignments.map((a) => assigneesOf(deps.repos, parentUnit, a)),
  );
  const own = parent.assignments.filter((_, i) => reached[i]?.some((u) => u.id === unit.id));
  return createPlan(
    deps,
    actor,
    { unitId: unit.id, content: derivePlanContent(parent, parentUnit, unit, unitParent, own) },
    { derivedFromId: parent.id },
  );
}
