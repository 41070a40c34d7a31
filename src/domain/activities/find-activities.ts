import { authorize, type Actor } from '../accounts/access';
import type { Reads } from '../deps';
import type { Channel } from '../plans/plan';
import { getUnit } from '../units/get-unit';
import type { ActivityListItem } from './activities.port';

/** Activities of a unit's subtree (the actor's own by default), newest first. */
export async function findActivities(
  deps: Reads<'units' | 'activities'>,
  actor: Actor,
  input: {
    unitId?: string;
    from?: string;
    to?: string;
    channel?: Channel;
    categoryCode?: string;
    page: number;
    pageSize: number;
  },
): Promise<{ items: ActivityListItem[]; total: number }> {
  const unit = await getUnit(deps, actor, input.unitId ?? actor.unitId);
  authorize(actor, 'work.read', unit.path);
  return deps.repos.activities.find({
    withinPath: unit.path,
    ...(input.from ? { from: input.from } : {}),
    ...(input.to ? { to: input.to } : {}),
    ...(input.channel ? { channel: input.channel } : {}),
    ...(input.categoryCode ? { categoryCode: input.categoryCode } : {}),
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
}
