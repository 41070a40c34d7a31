import { authorize, type Action, type Actor } from '../accounts/access';
import type { Deps } from '../deps';
import { notFound } from '../shared/domain-error';
import { isWithin } from '../units/unit';
import type { Election } from './election';
import type { District } from './elections.port';

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
  deps: Pick<Deps, 'repos'>,
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
  deps: Pick<Deps, 'repos'>,
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
