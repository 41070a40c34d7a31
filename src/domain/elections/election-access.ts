import { authorize, type Action, type Actor } from '../accounts/access';
import type { Reads } from '../deps';
import { notFound } from '../shared/domain-error';
import { isWithin } from '../units/unit';
import type { Election } from './election';
import type { District } from './elections.port';
import type { Milestone } from './milestones';

/** True when the election concerns the actor: its scope is in their subtree, or above it. */
export const touches = (
  election: Pick<Election, 'unitPath'>,
  actor: Pick<Actor, 'unitPath'>,
): boolean =>
  isWithin(election.unitPath, actor.unitPath) || isWithin(actor.unitPath, election.unitPath);

/**
 * The election, when the actor may read it (an election of a unit above theirs applies to them
 * too). `action` other than work.read needs the election's own scope in the actor's subtree.
 * Throws not_found, forbidden.
 */
export async function getElection(
  deps: Reads<'elections'>,
  actor: Actor,
  id: string,
  action: Action = 'work.read',
): Promise<Election> {
  const election = await deps.repos.elections.get(id);
  if (!election || !touches(election, actor)) throw notFound('cuộc bầu cử');
  authorize(actor, action, action === 'work.read' ? undefined : election.unitPath);
  return election;
}

/** A district the actor may act on (its unit in their subtree). Throws not_found, forbidden. */
export async function getDistrict(
  deps: Reads<'elections'>,
  actor: Actor,
  id: string,
  action: Action,
): Promise<{ district: District; election: Election }> {
  const district = await deps.repos.elections.getDistrict(id);
  if (!district) throw notFound('đơn vị bầu cử');
  authorize(actor, action, district.unitPath);
  const election = await deps.repos.elections.get(district.electionId);
  if (!election) throw notFound('cuộc bầu cử');
  return { district, election };
}

/** The unit path a milestone belongs to: its own unit's (a ward's part), else its election's. */
export const milestoneScope = (
  m: Pick<Milestone, 'unitPath'>,
  e: Pick<Election, 'unitPath'>,
): string => m.unitPath ?? e.unitPath;

/** A milestone the actor sees: the election's own, or a unit's part that concerns them. */
export const seesMilestone = (m: Pick<Milestone, 'unitPath'>, actor: Pick<Actor, 'unitPath'>) =>
  m.unitPath === null || touches({ unitPath: m.unitPath }, actor);

/**
 * A milestone of an election the actor may read, and the election. With `work.write` the
 * milestone's own scope must be in the actor's subtree: a ward acts on its own part of a
 * province's election, not on the province's steps nor a sibling's. Throws not_found, forbidden.
 */
export async function getMilestone(
  deps: Reads<'elections'>,
  actor: Actor,
  electionId: string,
  id: string,
  action: Action = 'work.read',
): Promise<{ election: Election; milestone: Milestone }> {
  const election = await getElection(deps, actor, electionId);
  const milestone = (await deps.repos.elections.milestones(electionId)).find(
    (m) => m.id === id && seesMilestone(m, actor),
  );
  if (!milestone) throw notFound('mốc thời gian');
  if (action !== 'work.read') authorize(actor, action, milestoneScope(milestone, election));
  return { election, milestone };
}
