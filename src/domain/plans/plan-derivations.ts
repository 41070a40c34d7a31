import type { Actor } from '../accounts/access';
import type { Deps } from '../deps';
import { isWithin } from '../units/unit';
import { getPlan } from './get-plan';
import type { PlanStatus } from './plan';

const PLANNING_LEVELS = new Set(['province', 'district', 'commune']);

export interface Derivation {
  unitId: string;
  unitName: string;
  planId: string | null;
  status: PlanStatus | null;
}

/**
 * For the issuer of a plan: each assigned unit that makes plans of its own (province, district,
 * commune) and whether it has derived one yet, plus any other unit that did. Throws like getPlan.
 */
export async function planDerivations(
  deps: Pick<Deps, 'repos'>,
  actor: Actor,
  id: string,
): Promise<Derivation[]> {
  const { plan } = await getPlan(deps, actor, id);
  const derived = await deps.repos.plans.derivedFrom(plan.id);
  const assigned = plan.assignments.map((a) => a.unitId).filter((u): u is string => !!u);
  const ids = [...new Set([...assigned, ...derived.map((d) => d.unitId)])];
  const units = (await deps.repos.units.getMany(ids)).filter(
    (u) => isWithin(u.path, actor.unitPath) || u.id === actor.unitId,
  );
  return units
    .filter((u) => PLANNING_LEVELS.has(u.kind) || derived.some((d) => d.unitId === u.id))
    .map((u) => {
      const d = derived.find((x) => x.unitId === u.id);
      return { unitId: u.id, unitName: u.name, planId: d?.id ?? null, status: d?.status ?? null };
    })
    .sort(
      (a, b) =>
        Number(a.planId !== null) - Number(b.planId !== null) ||
        a.unitName.localeCompare(b.unitName, 'vi'),
    );
}
