import { z } from 'zod';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import type { Repos } from '../ports';
import { invalid } from '../shared/domain-error';
import { cleanText } from '../shared/text';
import { childPath, type Unit } from '../units/unit';
import { addAccount, newAccount, type PublicUser } from './manage-users';

/** Whom the installation's changes are logged under: no user exists yet to act. */
const INSTALLER = { userId: null, displayName: 'Lệnh tạo tài khoản quản trị' };

export interface InstallAdminInput {
  username: string;
  password: string;
  /**
   * The unit the admin belongs to, by name (case and diacritics aside), code or id; on a new
   * installation, with no unit yet, a root unit of that name is made.
   */
  unitName: string;
  displayName?: string;
}

/**
 * `loa admin create`: an admin account made by the same rules as any account (`newAccount`,
 * `addAccount`), in the named unit, or in a new root unit of that name on a new installation.
 * On a tree that exists, a name that matches no unit, or several, is refused: a second root would
 * leave its admin outside the whole tree.
 * The unit and the account are made in one transaction and logged under the installation.
 * Throws validation, conflict.
 */
export async function installAdmin(
  deps: Writes<'units' | 'users' | 'audit'> & Pick<Deps, 'ids' | 'clock' | 'hasher'>,
  input: InstallAdminInput,
): Promise<{ user: PublicUser; unit: Unit }> {
  const unitName = cleanText(input.unitName);
  if (unitName.length < 2) throw invalid('unit', 'Nhập tên đơn vị.');
  const account = await newAccount(deps, {
    username: input.username,
    displayName: input.displayName ?? input.username,
    role: 'admin',
    password: input.password,
  });
  return deps.uow.transaction(async (repos) => {
    const unit = await unitNamed(repos, deps, unitName);
    const user = await addAccount(repos, deps, unit, account, INSTALLER);
    return { user, unit };
  });
}

/** The one unit of that name or code, or a new root unit when the tree is empty. */
async function unitNamed(
  repos: Pick<Repos, 'units' | 'audit'>,
  deps: Pick<Deps, 'ids' | 'clock'>,
  name: string,
): Promise<Unit> {
  // A unit with no code (many have none) can still be chosen among namesakes by its id.
  const byId = z.uuid().safeParse(name).success ? await repos.units.get(name) : null;
  if (byId) return byId;
  const named = await repos.units.named(name);
  const [only, ...others] = named;
  if (only && others.length === 0) return only;
  if (only)
    throw invalid(
      'unit',
      `Có ${named.length} đơn vị tên "${name}" (${named
        .slice(0, 3)
        .map((u) => `${u.name}, ${u.code ? `mã ${u.code}` : `id ${u.id}`}`)
        .join(
          '; ',
        )}${named.length > 3 ? '; …' : ''}); hãy ghi mã hoặc id của một đơn vị để chọn đúng đơn vị đó.`,
    );
  const tree = await repos.units.find({ withinPath: '/', includeInactive: true, limit: 1 });
  if (tree.length > 0)
    throw invalid(
      'unit',
      `Cây đơn vị không có đơn vị nào tên hoặc mã "${name}"; hãy ghi đúng tên hoặc mã một đơn vị đã có (không phân biệt chữ hoa, chữ thường và dấu).`,
    );
  const id = deps.ids.newId();
  const now = deps.clock.now();
  const unit: Unit = {
    id,
    parentId: null,
    path: childPath(null, id),
    depth: 0,
    name,
    shortName: null,
    kind: 'nation',
    code: null,
    active: true,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await repos.units.insert(unit);
  await recordChange(repos, deps, INSTALLER, {
    unitId: unit.id,
    entity: 'unit',
    entityId: unit.id,
    action: 'create',
    changes: { name: unit.name, kind: unit.kind },
  });
  return unit;
}
