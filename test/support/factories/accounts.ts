import type { Actor, Role } from '../../../src/domain/accounts/access';
import type { User } from '../../../src/domain/accounts/user';
import type { Deps } from '../../../src/domain/deps';
import type { Unit } from '../../../src/domain/units/unit';
import { nextNumber } from './sequence';

/**
 * Inserts an active user of `unit` whose password is `password` (default demo1234, so
 * `t.login(username)` signs them in). Written through the repository: the use case that adds users
 * needs an admin first, and a test's first user is that admin.
 */
export async function buildUser(
  deps: Pick<Deps, 'repos' | 'ids' | 'hasher'>,
  unit: Unit,
  overrides: Partial<User> & { role?: Role; password?: string } = {},
): Promise<User> {
  const { password = 'demo1234', ...rest } = overrides;
  const now = new Date();
  const user: User = {
    id: deps.ids.newId(),
    unitId: unit.id,
    username: `user${nextNumber()}`,
    displayName: 'Người dùng thử',
    email: null,
    role: 'officer',
    passwordHash: await deps.hasher.hash(password),
    active: true,
    failedLogins: 0,
    lockedUntil: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...rest,
  };
  await deps.repos.users.insert(user);
  return user;
}

/** The actor a signed-in `user` of `unit` is to every use case (what the session plugin builds). */
export const actorOf = (
  user: Pick<User, 'id' | 'username' | 'displayName' | 'role'>,
  unit: Pick<Unit, 'id' | 'path'>,
): Actor => ({
  userId: user.id,
  username: user.username,
  displayName: user.displayName,
  role: user.role,
  unitId: unit.id,
  unitPath: unit.path,
});

/**
 * Who a factory acts as: `given` with their own unit (they may sit above `unit`), or else a new
 * user of `unit` with `role`, so a test that does not care who wrote something need not say.
 */
export async function actingAs(
  deps: Pick<Deps, 'repos' | 'ids' | 'hasher'>,
  unit: Unit,
  given: User | undefined,
  role: Role,
): Promise<Actor> {
  if (!given) return actorOf(await buildUser(deps, unit, { role }), unit);
  const home = given.unitId === unit.id ? unit : await deps.repos.units.get(given.unitId);
  if (!home) throw new Error(`unit ${given.unitId} of ${given.username} missing`);
  return actorOf(given, home);
}
