import type { Deps } from '../../src/domain/deps';
import type { Role } from '../../src/domain/accounts/access';
import type { User } from '../../src/domain/accounts/user';
import { childPath, type Unit } from '../../src/domain/units/unit';

let counter = 0;
const next = (): number => ++counter;

/** Inserts a unit under `parent` (or a root) with sensible defaults. */
export async function buildUnit(
  deps: Pick<Deps, 'repos' | 'ids'>,
  overrides: Partial<Unit> & { parent?: Unit | null } = {},
): Promise<Unit> {
  const { parent = null, ...rest } = overrides;
  const id = deps.ids.newId();
  const now = new Date();
  const unit: Unit = {
    id,
    parentId: parent?.id ?? null,
    path: childPath(parent?.path ?? null, id),
    depth: parent ? parent.depth + 1 : 0,
    name: `Đơn vị thử ${next()}`,
    shortName: null,
    kind: parent ? 'commune' : 'province',
    code: null,
    active: true,
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...rest,
  };
  await deps.repos.units.insert(unit);
  return unit;
}

/** Inserts an active user of `unit` whose password is `password` (default demo1234). */
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
    username: `user${next()}`,
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
