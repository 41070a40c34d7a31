import { authorize, type Actor } from '../accounts/access';
import type { Reads } from '../deps';
import type { OpenWindow } from '../obligations/obligations.port';
import type { Channel } from '../plans/plan';
import { getUnit } from '../units/get-unit';
import { ancestorIds } from '../units/unit';

export interface TasksMetBy {
  /** The open task windows an activity of this unit, channel and day counts towards. */
  meets: OpenWindow[];
  /**
   * The one unit below that holds the only open task on this channel that day, when the entry
   * would otherwise miss it (a ward recording what its section's duty asks).
   */
  holderBelow: { unitId: string; unitName: string; taskTitle: string } | null;
}

/**
 * What an activity would count towards before it is recorded: the open tasks of the unit and of
 * the units above it (within the actor's scope) on that channel and day, and the unit below that
 * holds the task when the chosen unit would not meet it. Throws not_found/forbidden.
 */
export async function tasksMetBy(
  deps: Reads<'units' | 'obligations'>,
  actor: Actor,
  input: { unitId: string; channel: Channel; occurredOn: string },
): Promise<TasksMetBy> {
  authorize(actor, 'work.read');
  const unit = await getUnit(deps, actor, input.unitId);
  const query = {
    withinPath: actor.unitPath,
    channel: input.channel,
    day: input.occurredOn,
    limit: 50,
  };
  const [meets, below] = await Promise.all([
    deps.repos.obligations.openWindows({
      ...query,
      assigneeIds: [...ancestorIds(unit.path), unit.id],
    }),
    deps.repos.obligations.openWindows({ ...query, belowPath: unit.path }),
  ]);
  const met = new Set(meets.map((w) => w.taskId));
  const missed = below.filter((w) => !met.has(w.taskId));
  const holders = new Set(missed.map((w) => w.assigneeUnitId));
  const only = holders.size === 1 ? missed[0] : undefined;
  return {
    meets,
    holderBelow: only
      ? { unitId: only.assigneeUnitId, unitName: only.assigneeName, taskTitle: only.taskTitle }
      : null,
  };
}
