import { parseArgs } from 'node:util';
import type { Deps } from '../domain/deps';
import { checkNewPassword } from '../domain/accounts/password-rules';
import { USERNAME_PATTERN } from '../domain/accounts/user';
import { childPath, type Unit } from '../domain/units/unit';
import { foldVietnamese } from '../domain/shared/text';

/**
 * `loa admin create`: makes an admin account in the named unit, creating a root unit of that
 * name when the database has none (the first run of a new installation).
 */
export async function createAdmin(
  deps: Pick<Deps, 'repos' | 'uow' | 'ids' | 'clock' | 'hasher'>,
  args: string[],
): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: 'string' },
      password: { type: 'string' },
      unit: { type: 'string' },
      name: { type: 'string' },
    },
  });
  const username = (values.username ?? '').toLowerCase();
  if (!USERNAME_PATTERN.test(username))
    throw new Error('--username: 3–64 ký tự chữ thường không dấu, số, dấu chấm, gạch.');
  if (!values.password || !values.unit) throw new Error('Cần --password và --unit.');
  checkNewPassword(values.password, username, 'password');
  if (await deps.repos.users.getByUsername(username))
    throw new Error(`Tên đăng nhập "${username}" đã có.`);
  const passwordHash = await deps.hasher.hash(values.password);
  const unitName = values.unit;
  await deps.uow.transaction(async (repos) => {
    const now = deps.clock.now();
    const matches = await repos.units.find({
      withinPath: '/',
      search: foldVietnamese(unitName),
      limit: 20,
    });
    let unit: Unit | undefined = matches.find(
      (u) => foldVietnamese(u.name) === foldVietnamese(unitName),
    );
    if (!unit) {
      const id = deps.ids.newId();
      unit = {
        id,
        parentId: null,
        path: childPath(null, id),
        depth: 0,
        name: unitName,
        shortName: null,
        kind: 'nation',
        code: null,
        active: true,
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      await repos.units.insert(unit);
    }
    const id = deps.ids.newId();
    await repos.users.insert({
      id,
      unitId: unit.id,
      username,
      displayName: values.name ?? username,
      email: null,
      role: 'admin',
      passwordHash,
      active: true,
      failedLogins: 0,
      lockedUntil: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await repos.audit.record({
      id: deps.ids.newId(),
      at: now,
      actorId: null,
      actorName: 'Lệnh tạo tài khoản quản trị',
      unitId: unit.id,
      entity: 'user',
      entityId: id,
      action: 'create',
      changes: { username, role: 'admin' },
    });
  });
  console.log(`Đã tạo tài khoản quản trị "${username}" tại "${unitName}".`);
}
