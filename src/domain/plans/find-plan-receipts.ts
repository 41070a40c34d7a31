import type { Actor } from '../accounts/access';
import type { Reads } from '../deps';
import { isWithin } from '../units/unit';
import { getPlan } from './get-plan';
import { planRecipientIds } from './plan-recipients';

export interface PlanReceipt {
  unitId: string;
  unitName: string;
  acknowledgedAt: Date | null;
  acknowledgedByName: string | null;
}

export interface PlanReceipts {
  /** The viewer's own unit, when the plan was sent to it. */
  mine: PlanReceipt | null;
  /** Every recipient for the issuing unit and those above it; the viewer's subtree otherwise. */
  items: PlanReceipt[];
  all: boolean;
}

/**
 * Who an issued plan was sent to and who has confirmed receipt, and when. Nothing for a plan not
 * issued yet. Throws like getPlan.
 */
export async function findPlanReceipts(
  deps: Reads<'plans' | 'units' | 'planReceipts'>,
  actor: Actor,
  id: string,
): Promise<PlanReceipts> {
  const { plan, unit: issuer } = await getPlan(deps, actor, id);
  const all = isWithin(issuer.path, actor.unitPath);
  if (plan.status !== 'issued' && plan.status !== 'closed') return { mine: null, items: [], all };
  const ids = planRecipientIds(plan, await deps.repos.planReceipts.assigneeUnitIds(plan.id));
  const units = await deps.repos.units.getMany(ids);
  const acks = new Map(
    (await deps.repos.planReceipts.acknowledgements(plan.id)).map((a) => [a.unitId, a]),
  );
  const receipt = (u: { id: string; name: string }): PlanReceipt => ({
    unitId: u.id,
    unitName: u.name,
    acknowledgedAt: acks.get(u.id)?.acknowledgedAt ?? null,
    acknowledgedByName: acks.get(u.id)?.acknowledgedByName ?? null,
  });
  const own = units.find((u) => u.id === actor.unitId);
  const items = units
    .filter((u) => all || isWithin(u.path, actor.unitPath))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
    .map(receipt);
  return { mine: own ? receipt(own) : null, items, all };
}
