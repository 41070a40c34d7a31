import type { Actor } from '../../domain/accounts/access';
import type { Deps } from '../../domain/deps';
import type { Unit } from '../../domain/units/unit';

/** Demo units by their key in the demo tree. */
export type DemoIds = Map<string, Unit>;

/** The actor of a demo login, so the demo world is built through the same use cases as real work. */
export async function actorOf(deps: Pick<Deps, 'repos'>, username: string): Promise<Actor> {
  const user = await deps.repos.users.getByUsername(username);
  const unit = user ? await deps.repos.units.get(user.unitId) : null;
  if (!user || !unit) throw new Error(`demo user ${username} missing`);
  return {
    userId: user.id,
    username,
    displayName: user.displayName,
    role: user.role,
    unitId: unit.id,
    unitPath: unit.path,
  };
}

export function unitId(units: DemoIds, key: string): string {
  const unit = units.get(key);
  if (!unit) throw new Error(`demo unit ${key} missing`);
  return unit.id;
}
