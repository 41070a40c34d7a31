import { recordChange } from '../audit/record-change';
import type { Deps } from '../deps';
import { DomainError } from '../shared/domain-error';
import { LOCK_MINUTES, MAX_FAILED_LOGINS, SESSION_DAYS } from './user';

const WRONG = 'Tên đăng nhập hoặc mật khẩu không đúng.';

/**
 * Checks a username and password and opens a session. Throws invalid_credentials for a wrong pair
 * (the same message whether the user exists or not) and locked after repeated failures.
 */
export async function login(
  deps: Pick<Deps, 'repos' | 'uow' | 'clock' | 'ids' | 'hasher' | 'tokens'>,
  input: { username: string; password: string },
): Promise<{ token: string; expiresAt: Date; userId: string }> {
  const now = deps.clock.now();
  const user = await deps.repos.users.getByUsername(input.username.trim().toLowerCase());
  if (!user || !user.active) {
    // Hash anyway so a missing user takes as long as a wrong password.
    await deps.hasher.verify(
      '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA',
      input.password,
    );
    throw new DomainError('invalid_credentials', WRONG);
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    throw new DomainError(
      'locked',
      `Tài khoản tạm khóa do đăng nhập sai nhiều lần. Thử lại sau ${LOCK_MINUTES} phút.`,
      {
        details: { lockedUntil: user.lockedUntil.toISOString() },
      },
    );
  }
  const ok = await deps.hasher.verify(user.passwordHash, input.password);
  if (!ok) {
    const failed = user.failedLogins + 1;
    const lock = failed >= MAX_FAILED_LOGINS;
    await deps.uow.transaction(async (repos) => {
      await repos.users.update(
        user.id,
        {
          failedLogins: lock ? 0 : failed,
          lockedUntil: lock ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null,
        },
        now,
      );
      if (lock) {
        await recordChange(repos, deps, null, {
          unitId: user.unitId,
          entity: 'user',
          entityId: user.id,
          action: 'update',
          changes: { locked: true },
        });
      }
    });
    if (lock)
      throw new DomainError(
        'locked',
        `Đăng nhập sai ${MAX_FAILED_LOGINS} lần; tài khoản bị khóa ${LOCK_MINUTES} phút.`,
      );
    throw new DomainError('invalid_credentials', WRONG);
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
    if (user.failedLogins > 0 || user.lockedUntil)
      await repos.users.update(user.id, { failedLogins: 0, lockedUntil: null }, now);
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
