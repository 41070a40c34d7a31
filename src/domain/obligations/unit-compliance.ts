import { authorize, type Actor } from '../accounts/access';
import type { Deps, Reads } from '../deps';
import { checkRange } from '../activities/unit-figures';
import { civilDate } from '../shared/dates';
import { getUnit } from '../units/get-unit';
import type { Unit } from '../units/unit';
import type { ComplianceCounts } from './obligations.port';
import { complianceOf, type Compliance } from './task-period';

/** The four buckets of a unit's windows (see ComplianceCounts), beside the rate. */
export type Buckets = Pick<ComplianceCounts, 'onTime' | 'late' | 'inWindow' | 'overdue'>;

export interface UnitCompliance extends Compliance, Buckets {
  unit: Unit;
  children: Array<Compliance & Buckets & { unitId: string; unitName: string }>;
}

const bucketsOf = (c: ComplianceCounts): Buckets => ({
  onTime: c.onTime,
  late: c.late,
  inWindow: c.inWindow,
  overdue: c.overdue,
});

/**
 * A unit's compliance over the windows ending in [from, to]: its subtree's task windows in four
 * buckets (on time, late, in window, overdue) and the share of due windows met on time, and the
 * same for each child (the unit's own tasks as its own row),
 * worst first. The unit's figure is exactly the sum of its rows.
 */
export async function unitCompliance(
  deps: Reads<'units' | 'obligations'> & Pick<Deps, 'clock'>,
  actor: Actor,
  input: { unitId: string; from: string; to: string },
): Promise<UnitCompliance> {
  checkRange(input.from, input.to);
  const unit = await getUnit(deps, actor, input.unitId);
  authorize(actor, 'work.read', unit.path);
  const today = civilDate(deps.clock.now());
  const { total, byChild } = await deps.repos.obligations.compliance({
    path: unit.path,
    depth: unit.depth,
    from: input.from,
    to: input.to,
    today,
  });
  const children = byChild
    .map((c) => ({
      unitId: c.childId || unit.id,
      unitName: c.childId ? (c.childName ?? '') : `${unit.name} (trực tiếp)`,
      ...complianceOf(c.due, c.met),
      ...bucketsOf(c),
    }))
    .sort((a, b) => (a.rate ?? 2) - (b.rate ?? 2) || a.unitName.localeCompare(b.unitName, 'vi'));
  return { unit, ...complianceOf(total.due, total.met), ...bucketsOf(total), children };
}
