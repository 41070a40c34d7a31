import { authorize, type Actor } from '../accounts/access';
import type { Reads } from '../deps';
import { notFound } from '../shared/domain-error';
import { ancestorIds, isWithin, type Unit } from './unit';

/** A unit the actor may see. Throws not_found for a missing unit or one outside the actor's subtree. */
export async function getUnit(deps: Reads<'units'>, actor: Actor, id: string): Promise<Unit> {
  const unit = await deps.repos.units.get(id);
  if (!unit) throw notFound('đơn vị');
  authorize(actor, 'unit.read', unit.path);
  return unit;
}

/** A unit with its ancestors inside the actor's scope, root first, for breadcrumbs. */
export async function getUnitWithAncestors(
  deps: Reads<'units'>,
  actor: Actor,
  id: string,
): Promise<{ unit: Unit; ancestors: Unit[] }> {
  const unit = await getUnit(deps, actor, id);
  const found = await deps.repos.units.getMany(ancestorIds(unit.path));
  const byId = new Map(found.map((u) => [u.id, u]));
  const ancestors = ancestorIds(unit.path)
    .map((a) => byId.get(a))
    .filter((u): u is Unit => u !== undefined && isWithin(u.path, actor.unitPath));
  return { unit, ancestors };
}
