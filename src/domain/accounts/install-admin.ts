import { recordChange } from '../audit/record-change';
import type { Deps } from '../deps';
import type { Repos } from '../ports';
import { invalid } from '../shared/domain-error';
import { cleanText, foldVietnamese } from '../shared/text';
import { childPath, type Unit } from '../units/unit';
import { addAccount, newAccount, type PublicUser } from './manage-users';

/** Whom the installation's changes are logged under: no user exists yet to act. */
const INSTALLER = { userId: null, displayName: 'Lệnh tạo tài khoản quản trị' };

export interface InstallAdminInput {
  username: string;
  password: string;
  /** The unit the admin belongs to; a root unit of that name is made when there is none. */
  unitName: string;
  displayName?: string;
}

/**
 * `loa admin create`: an admin account made by the same rules as any account (`newAccount`,
 * `addAccount`), in the named unit, or in a new root unit of that name on a new installation.
 * The unit and the account are made in one transaction and logged under the installation.
 * Throws validation, conflict.
 */
export async function installAdmin(
  deps: Pick<Deps, 'uow' | 'ids' | 'clock' | 'hasher'>,
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

/** The unit of that name (case and diacritics aside), or a new root unit. */
async function unitNamed(
  repos: Pick<Repos, 'units' | 'audit'>,
  deps: Pick<Deps, 'ids' | 'clock'>,
  name: string,
): Promise<Unit> {
  const folded = foldVietnamese(name);
  const matches = await repos.units.find({ withinPath: '/', search: folded, limit: 20 });
  const found = matches.find((u) => foldVietnamese(u.name) === folded);
  if (found) return found;
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
