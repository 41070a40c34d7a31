import type { Deps, Reads, Writes } from '../deps';
import type { Actor } from './access';

/** The actor behind a session token, or null when the token is unknown, expired or its user inactive. */
export async function authenticate(
  deps: Reads<'sessions'> & Pick<Deps, 'clock' | 'tokens'>,
  token: string,
): Promise<Actor | null> {
  const found = await deps.repos.sessions.getActive(deps.tokens.idOf(token), deps.clock.now());
  if (!found) return null;
  const { user, unitPath } = found;
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitId: user.unitId,
    unitPath,
  };
}

/** Ends the session of a token; unknown tokens are ignored. */
export async function logout(
  deps: Writes<'sessions' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'tokens'>,
  actor: Actor,
  token: string,
): Promise<void> {
  await deps.uow.transaction(async (repos) => {
    await repos.sessions.delete(deps.tokens.idOf(token));
    await repos.audit.record({
      id: deps.ids.newId(),
      at: deps.clock.now(),
      actorId: actor.userId,
      actorName: actor.displayName,
      unitId: actor.unitId,
      entity: 'session',
      entityId: actor.userId,
      action: 'logout',
      changes: {},
    });
  });
}
