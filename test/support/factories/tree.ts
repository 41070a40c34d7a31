import type { Role } from '../../../src/domain/accounts/access';
import type { User } from '../../../src/domain/accounts/user';
import type { Deps } from '../../../src/domain/deps';
import type { Unit } from '../../../src/domain/units/unit';
import { buildUser } from './accounts';
import { nextNumber } from './sequence';
import { buildUnit } from './units';

/** The levels of a tree most tests need, from the province down to one village of one ward. */
export const TREE_LEVELS = ['province', 'district', 'commune', 'village'] as const;
export type TreeLevel = (typeof TREE_LEVELS)[number];

/** One unit of each level, each under the one before, and one user per role at each level. */
export interface BuiltTree {
  province: Unit;
  district: Unit;
  commune: Unit;
  village: Unit;
  /** `users.commune.officer` signs in as `users.commune.officer.username` with `demo1234`. */
  users: Record<TreeLevel, Record<Role, User>>;
}

/**
 * A province, a district under it, a commune (ward) under that and a village under the commune,
 * named "Tỉnh thử N", "Huyện thử N", "Xã thử N", "Thôn thử N", with an admin, a leader, an officer
 * and a viewer at every level (usernames `<level>.<role>.N`, password demo1234). Every further
 * unit a test needs is one `buildUnit` away, under the level it belongs to.
 */
export async function buildTree(
  deps: Pick<Deps, 'repos' | 'ids' | 'hasher'>,
  opts: {
    /**
     * When the units were entered in Loa (now otherwise). A unit owes no weekly report for a week
     * before it existed, so a test of a past campaign's reports enters them before it.
     */
    since?: Date;
  } = {},
): Promise<BuiltTree> {
  const n = nextNumber();
  const at = opts.since ? { createdAt: opts.since, updatedAt: opts.since } : {};
  const province = await buildUnit(deps, { name: `Tỉnh thử ${n}`, kind: 'province', ...at });
  const district = await buildUnit(deps, {
    parent: province,
    name: `Huyện thử ${n}`,
    kind: 'district',
    ...at,
  });
  const commune = await buildUnit(deps, {
    parent: district,
    name: `Xã thử ${n}`,
    kind: 'commune',
    ...at,
  });
  const village = await buildUnit(deps, {
    parent: commune,
    name: `Thôn thử ${n}`,
    kind: 'village',
    ...at,
  });
  const users = {
    province: await usersOf(deps, province, 'province', n),
    district: await usersOf(deps, district, 'district', n),
    commune: await usersOf(deps, commune, 'commune', n),
    village: await usersOf(deps, village, 'village', n),
  };
  return { province, district, commune, village, users };
}

const ROLE_NAMES: Record<Role, string> = {
  admin: 'Quản trị',
  leader: 'Lãnh đạo',
  officer: 'Cán bộ',
  viewer: 'Người xem',
};

async function usersOf(
  deps: Pick<Deps, 'repos' | 'ids' | 'hasher'>,
  unit: Unit,
  level: TreeLevel,
  n: number,
): Promise<Record<Role, User>> {
  const user = (role: Role) =>
    buildUser(deps, unit, {
      role,
      username: `${level}.${role}.${n}`,
      displayName: `${ROLE_NAMES[role]} ${unit.name}`,
    });
  return {
    admin: await user('admin'),
    leader: await user('leader'),
    officer: await user('officer'),
    viewer: await user('viewer'),
  };
}

/** A province, a city under it and a ward of the city, with the names a browser test shows. */
export interface CityWard {
  province: Unit;
  city: Unit;
  ward: Unit;
}

/**
 * "Tỉnh thử" → "Thành phố Bình Minh" → "Phường Bình Minh", and no users: the branch most browser
 * tests set their scene in, with names that read well on screen and in screenshots.
 */
export async function buildCityWard(deps: Pick<Deps, 'repos' | 'ids'>): Promise<CityWard> {
  const province = await buildUnit(deps, { name: 'Tỉnh thử', kind: 'province' });
  const city = await buildUnit(deps, {
    parent: province,
    name: 'Thành phố Bình Minh',
    kind: 'district',
  });
  const ward = await buildUnit(deps, { parent: city, name: 'Phường Bình Minh', kind: 'commune' });
  return { province, city, ward };
}
