import { parseArgs } from 'node:util';
import { installAdmin } from '../domain/accounts/install-admin';
import type { Deps, Writes } from '../domain/deps';
import { DomainError } from '../domain/shared/domain-error';

/** The command's own name for each field the account rules may refuse. */
const FLAG: Record<string, string> = {
  username: '--username',
  password: '--password',
  displayName: '--name',
  unit: '--unit',
};

/**
 * `loa admin create`: makes an admin account in the named unit, creating a root unit of that
 * name when there is none (the first run of a new installation), by the same rules as the API.
 */
export async function createAdmin(
  deps: Writes<'units' | 'users' | 'audit'> & Pick<Deps, 'ids' | 'clock' | 'hasher'>,
  args: string[],
): Promise<string> {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: 'string' },
      password: { type: 'string' },
      unit: { type: 'string' },
      name: { type: 'string' },
    },
  });
  if (!values.username || !values.password || !values.unit)
    throw new Error('Cần --username, --password và --unit.');
  try {
    const { user, unit } = await installAdmin(deps, {
      username: values.username,
      password: values.password,
      unitName: values.unit,
      ...(values.name ? { displayName: values.name } : {}),
    });
    return `Đã tạo tài khoản quản trị "${user.username}" tại "${unit.name}".`;
  } catch (error) {
    // Name the flag the officer typed, not the field of the API's form.
    if (error instanceof DomainError && error.issues[0]) {
      const { path, message } = error.issues[0];
      throw new Error(`${FLAG[path] ?? path}: ${message}`);
    }
    throw error;
  }
}
