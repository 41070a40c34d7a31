import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { DomainError, notFound } from '../shared/domain-error';
import type { Actor } from './access';
import { checkNewPassword } from './password-rules';

/**
 * Changes the actor's own password after checking the current one; other sessions of the user
 * are closed. Throws validation (weak password, wrong current password).
 */
export async function changePassword(
  deps: Writes<'users' | 'sessions' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'hasher' | 'tokens'>,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; currentToken: string },
): Promise<void> {
  const user = await deps.repos.users.get(actor.userId);
  if (!user) throw notFound('tài khoản');
  if (!(await deps.hasher.verify(user.passwordHash, input.currentPassword))) {
    throw new DomainError('validation', 'Mật khẩu hiện tại không đúng.', {
      issues: [{ path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' }],
    });
  }
  checkNewPassword(input.newPassword, user.username);
  const passwordHash = await deps.hasher.hash(input.newPassword);
  await deps.uow.transaction(async (repos) => {
    await repos.users.update(user.id, { passwordHash }, deps.clock.now());
    await repos.sessions.deleteForUser(user.id, deps.tokens.idOf(input.currentToken));
    await recordChange(repos, deps, actor, {
      unitId: user.unitId,
      entity: 'user',
      entityId: user.id,
      action: 'update',
      changes: { password: 'changed' },
    });
  });
}
