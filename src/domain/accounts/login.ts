import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { DomainError } from '../shared/domain-error';
import type { PasswordHasher } from './accounts.port';
import { LOCK_MINUTES, MAX_FAILED_LOGINS, SESSION_DAYS } from './user';

// One answer for a wrong password, an unknown user and a locked account, so none can be told
// apart; it says that locks exist without saying whether this account has one.
const REFUSED = `Tên đăng nhập hoặc mật khẩu không đúng. Sau ${MAX_FAILED_LOGINS} lần sai liên tiếp, tài khoản bị tạm khóa ${LOCK_MINUTES} phút.`;

const refused = (): DomainError => new DomainError('invalid_credentials', REFUSED);

// A hash made by the running hasher (same cost), verified when there is no real hash to check,
// so an unknown or locked account takes as long as a wrong password. It guards no account.
const dummyHashes = new WeakMap<PasswordHasher, Promise<string>>();
const dummyHash = (hasher: PasswordHasher): Promise<string> => {
  let hash = dummyHashes.get(hasher);
  if (!hash) {
    hash = hasher.hash('no account has this password');
    dummyHashes.set(hasher, hash);
  }
  return hash;
};

/**
 * Checks a username and password and opens a session. Each attempt is counted atomically
 * before the password is verified, so parallel guesses cannot outrun the lock: at most
 * MAX_FAILED_LOGINS are ever verified before it takes. Throws invalid_credentials, the same
 * answer for a wrong password, an unknown or inactive user and a locked account.
 */
export async function login(
  deps: Writes<'users' | 'sessions' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'hasher' | 'tokens'>,
  input: { username: string; password: string },
): Promise<{ token: string; expiresAt: Date; userId: string }> {
  const now = deps.clock.now();
  const user = await deps.repos.users.getByUsername(input.username.trim().toLowerCase());
  const attempt = user
    ? await deps.repos.users.reserveLoginAttempt(user.id, now, {
        max: MAX_FAILED_LOGINS,
        lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000),
      })
    : null;
  if (!user || attempt === null) {
    await deps.hasher.verify(await dummyHash(deps.hasher), input.password);
    throw refused();
  }
  if (!(await deps.hasher.verify(user.passwordHash, input.password))) {
    // The attempt that reached the limit has locked the account; the audit says so once.
    if (attempt >= MAX_FAILED_LOGINS)
      await recordChange(deps.repos, deps, null, {
        unitId: user.unitId,
        entity: 'user',
        entityId: user.id,
        action: 'update',
        changes: { locked: true },
      });
    throw refused();
  }
  const token = deps.tokens.newToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await deps.uow.transaction(async (repos) => {
    await repos.sessions.insert({
      id: deps.tokens.idOf(token),
      userId: user.id,
      createdAt: now,
      expiresAt,
    });
    await repos.users.clearLoginAttempts(user.id, now);
    await recordChange(
      repos,
      deps,
      { userId: user.id, displayName: user.displayName },
      {
        unitId: user.unitId,
        entity: 'session',
        entityId: user.id,
        action: 'login',
        changes: {},
      },
    );
  });
  return { token, expiresAt, userId: user.id };
}
