import { recordChange, diff, type Auditor } from '../audit/record-change';
import type { Deps, Reads, Writes } from '../deps';
import type { Repos } from '../ports';
import type { Unit } from '../units/unit';
import { conflict, forbidden, invalid, notFound } from '../shared/domain-error';
import { cleanText } from '../shared/text';
import { getUnit } from '../units/get-unit';
import { authorize, type Actor, type Role } from './access';
import type { UserListItem } from './accounts.port';
import { checkNewPassword } from './password-rules';
import { USERNAME_PATTERN, type User } from './user';

type UserDeps = Pick<Deps, 'clock' | 'ids' | 'hasher'>;
export type PublicUser = Omit<User, 'passwordHash'>;

const strip = ({ passwordHash: _hidden, ...rest }: User): PublicUser => rest;

/** Users of the actor's subtree. Throws forbidden for officers and viewers. */
export async function findUsers(
  deps: Reads<'units' | 'users'>,
  actor: Actor,
  input: { search?: string; unitId?: string },
): Promise<UserListItem[]> {
  authorize(actor, 'user.read');
  if (input.unitId) await getUnit(deps, actor, input.unitId);
  return deps.repos.users.find({
    withinPath: actor.unitPath,
    ...(input.search ? { search: input.search.trim().toLowerCase() } : {}),
    ...(input.unitId ? { unitId: input.unitId } : {}),
    limit: 500,
  });
}

export interface CreateUserInput {
  unitId: string;
  username: string;
  displayName: string;
  email?: string | null;
  role: Role;
  password: string;
}

/** Creates an account in a unit of the actor's subtree. Throws forbidden, not_found, validation, conflict. */
export async function createUser(
  deps: Writes<'units' | 'users' | 'audit'> & UserDeps,
  actor: Actor,
  input: CreateUserInput,
): Promise<PublicUser> {
  const unit = await getUnit(deps, actor, input.unitId);
  authorize(actor, 'user.write', unit.path);
  const account = await newAccount(deps, input);
  return deps.uow.transaction((repos) => addAccount(repos, deps, unit, account, actor));
}

/** An account's fields checked, its password hashed: what `addAccount` stores. */
export interface NewAccount {
  username: string;
  displayName: string;
  email: string | null;
  role: Role;
  passwordHash: string;
}

/**
 * The rules every new account meets, whoever makes it (an admin through the API, or the
 * installation through `loa admin create`). Throws validation.
 */
export async function newAccount(
  deps: Pick<Deps, 'hasher'>,
  input: Omit<CreateUserInput, 'unitId'>,
): Promise<NewAccount> {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME_PATTERN.test(username)) {
    throw invalid(
      'username',
      'Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, số, dấu chấm, gạch.',
    );
  }
  const displayName = cleanText(input.displayName);
  if (displayName.length < 2) throw invalid('displayName', 'Nhập họ và tên.');
  checkNewPassword(input.password, username, 'password');
  return {
    username,
    displayName,
    email: input.email ?? null,
    role: input.role,
    passwordHash: await deps.hasher.hash(input.password),
  };
}

/**
 * Stores a checked account in `unit`, inside the caller's transaction, with its audit row under
 * `by` (the admin, or the installation with no user behind it). Throws conflict on a taken name.
 */
export async function addAccount(
  repos: Pick<Repos, 'users' | 'audit'>,
  deps: Pick<Deps, 'clock' | 'ids'>,
  unit: Pick<Unit, 'id'>,
  account: NewAccount,
  by: Auditor,
): Promise<PublicUser> {
  if (await repos.users.getByUsername(account.username))
    throw conflict(`Tên đăng nhập "${account.username}" đã có người dùng.`);
  const now = deps.clock.now();
  const user: User = {
    id: deps.ids.newId(),
    unitId: unit.id,
    ...account,
    active: true,
    failedLogins: 0,
    lockedUntil: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await repos.users.insert(user);
  await recordChange(repos, deps, by, {
    unitId: unit.id,
    entity: 'user',
    entityId: user.id,
    action: 'create',
    changes: { username: user.username, displayName: user.displayName, role: user.role },
  });
  return strip(user);
}

export interface UpdateUserInput {
  displayName?: string;
  email?: string | null;
  role?: Role;
  unitId?: string;
  active?: boolean;
  /** A new password set by the admin; the user's sessions are closed. */
  password?: string;
}

/**
 * Edits an account of the actor's subtree (not one's own role, unit or password). Throws
 * forbidden, not_found, validation.
 */
export async function updateUser(
  deps: Writes<'units' | 'users' | 'sessions' | 'audit'> & UserDeps,
  actor: Actor,
  id: string,
  input: UpdateUserInput,
): Promise<PublicUser> {
  const user = await deps.repos.users.get(id);
  if (!user) throw notFound('tài khoản');
  const unit = await getUnit(deps, actor, user.unitId);
  authorize(actor, 'user.write', unit.path);
  if (input.unitId) await getUnit(deps, actor, input.unitId);
  if (id === actor.userId && (input.role || input.unitId || input.active === false)) {
    throw invalid('role', 'Không thể tự đổi vai trò, đơn vị hoặc tự khóa tài khoản của mình.');
  }
  const patch: Partial<User> = {
    ...(input.displayName !== undefined ? { displayName: cleanText(input.displayName) } : {}),
    ...(input.email !== undefined ? { email: input.email } : {}),
    ...(input.role ? { role: input.role } : {}),
    ...(input.unitId ? { unitId: input.unitId } : {}),
    ...(input.active !== undefined
      ? { active: input.active, failedLogins: 0, lockedUntil: null }
      : {}),
  };
  // One's own password changes only with the current one (POST /me/password), admins included:
  // a stolen admin session must not be enough to take the account over for good.
  if (id === actor.userId && input.password !== undefined)
    throw forbidden(
      'Đổi mật khẩu của chính mình phải nhập mật khẩu hiện tại: hãy dùng mục "Đổi mật khẩu" trong trang tài khoản.',
    );
  if (input.password !== undefined) {
    checkNewPassword(input.password, user.username, 'password');
    patch.passwordHash = await deps.hasher.hash(input.password);
  }
  return deps.uow.transaction(async (repos) => {
    const updated = await repos.users.update(id, patch, deps.clock.now());
    if (!updated) throw notFound('tài khoản');
    if (patch.passwordHash || input.active === false || input.unitId)
      await repos.sessions.deleteForUser(id);
    const { passwordHash: _p, ...visible } = patch;
    await recordChange(repos, deps, actor, {
      unitId: updated.unitId,
      entity: 'user',
      entityId: id,
      action: 'update',
      changes: { ...diff(user, visible), ...(patch.passwordHash ? { password: 'reset' } : {}) },
    });
    return strip(updated);
  });
}
