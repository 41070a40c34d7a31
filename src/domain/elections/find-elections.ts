import { authorize, type Actor } from '../accounts/access';
import type { Deps, Reads } from '../deps';
import { civilDate } from '../shared/dates';
import type { Election } from './election';
import { seesMilestone, touches } from './election-access';
import { subUnitCounts } from './milestone-completions';
import { milestoneStatus, type Milestone, type MilestoneStatus } from './milestones';

export interface ElectionListItem extends Election {
  counts: Record<MilestoneStatus, number>;
  nextMilestone: { title: string; dueOn: string } | null;
}

/** The elections that concern the actor (of their units, below them, or above them), newest first. */
export async function findElections(
  deps: Reads<'units' | 'elections'> & Pick<Deps, 'clock'>,
  actor: Actor,
): Promise<ElectionListItem[]> {
  authorize(actor, 'work.read');
  const elections = (await deps.repos.elections.findTouching(actor.unitPath)).filter((e) =>
    touches(e, actor),
  );
  const milestones = await deps.repos.elections.milestonesOf(elections.map((e) => e.id));
  const today = civilDate(deps.clock.now());
  const items: ElectionListItem[] = [];
  for (const e of elections) {
    // A ward's own steps count for it and those above or below it, not for a sibling.
    const own = milestones.filter((m) => m.electionId === e.id && seesMilestone(m, actor));
    const parts = await subUnitCounts(deps, e, actor, own);
    const counts: Record<MilestoneStatus, number> = { done: 0, upcoming: 0, due: 0, overdue: 0 };
    const status = (m: Milestone): MilestoneStatus => {
      const part = parts.get(m.id);
      return part && part.total > 0 && part.done === part.total
        ? 'done'
        : milestoneStatus(m, today);
    };
    for (const m of own) counts[status(m)] += 1;
    const next = own.find((m) => status(m) !== 'done' && m.dueOn >= today);
    items.push({
      ...e,
      counts,
      nextMilestone: next ? { title: next.title, dueOn: next.dueOn } : null,
    });
  }
  return items;
}
