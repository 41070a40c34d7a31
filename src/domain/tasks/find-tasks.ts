import { authorize, type Actor } from '../accounts/access';
import type { Reads } from '../deps';
import { getUnit } from '../units/get-unit';
import type { TaskListItem } from './tasks.port';

/** Tasks assigned to units of the actor's subtree: the assignees see theirs, every unit above sees them too. */
export async function findTasks(
  deps: Reads<'units' | 'tasks'>,
  actor: Actor,
  input: { planId?: string; assigneeUnitId?: string; withinUnitId?: string },
): Promise<TaskListItem[]> {
  authorize(actor, 'work.read');
  if (input.assigneeUnitId) await getUnit(deps, actor, input.assigneeUnitId);
  // A unit below the actor narrows the list to its subtree; outside the actor's is not_found.
  const within = input.withinUnitId ? await getUnit(deps, actor, input.withinUnitId) : null;
  return deps.repos.tasks.find({
    withinPath: actor.unitPath,
    ...(within ? { assigneeWithinPath: within.path } : {}),
    ...(input.planId ? { planId: input.planId } : {}),
    ...(input.assigneeUnitId ? { assigneeUnitId: input.assigneeUnitId } : {}),
    limit: 1000,
  });
}
