import { authorize, type Actor } from '../accounts/access';
import type { Deps, Reads } from '../deps';
import { checkRange } from '../activities/unit-figures';
import { civilDate } from '../shared/dates';
import { getUnit } from '../units/get-unit';
import type { PeriodListItem } from './obligations.port';
import { onceStatus, periodStatus, type OnceStatus, type PeriodStatus } from './task-period';

export type Judged = PeriodListItem & { status: PeriodStatus | OnceStatus };

/** The task windows of a unit's subtree ending in [from, to], each with its status: the drill-down to the missing week. */
export async function unitObligations(
  deps: Reads<'units' | 'obligations'> & Pick<Deps, 'clock'>,
  actor: Actor,
  input: { unitId: string; from: string; to: string; onlyAssignedTo?: boolean },
): Promise<Judged[]> {
  checkRange(input.from, input.to);
  const unit = await getUnit(deps, actor, input.unitId);
  authorize(actor, 'work.read', unit.path);
  const today = civilDate(deps.clock.now());
  const periods = await deps.repos.obligations.periods({
    withinPath: unit.path,
    ...(input.onlyAssignedTo ? { assigneeUnitId: unit.id } : {}),
    from: input.from,
    to: input.to,
    limit: 5000,
  });
  return periods.map((p) => ({
    ...p,
    status: p.kind === 'once' ? onceStatus(p, today) : periodStatus(p, today),
  }));
}
