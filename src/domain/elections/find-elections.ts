import { authorize, type Actor } from '../accounts/access';
import type { Deps } from '../deps';
import { civilDate } from '../shared/dates';
import type { Election } from './election';
import { touches } from './election-access';
import { milestoneStatus, type MilestoneStatus } from './milestones';

export interface ElectionListItem extends Election {
  counts: Record<MilestoneStatus, number>;
  nextMilestone: { title: string; dueOn: string } | null;
}

/** The elections that concern the actor (of their units, below them, or above them), newest first. */
export async function findElections(
  deps: Pick<Deps, 'repos' | 'clock'>,
  actor: Actor,
): Promise<ElectionListItem[]> {
  authorize(actor, 'work.read');
  const elections = (await deps.repos.elections.findTouching(actor.unitPath)).filter((e) =>
    touches(e, actor),
  );
  const milestones = await deps.repos.elections.milestonesOf(elections.map((e) => e.id));
  const today = civilDate(deps.clock.now());
  return elections.map((e) => {
    const own = milestones.filter((m) => m.electionId === e.id);
    const counts: Record<MilestoneStatus, number> = { done: 0, upcoming: 0, due: 0, overdue: 0 };
    for (const m of own) counts[milestoneStatus(m, today)] += 1;
    const next = own.find((m) => !m.doneAt && m.dueOn >= today);
    return { ...e, counts, nextMilestone: next ? { title: next.title, dueOn: next.dueOn } : null };
  });
}
