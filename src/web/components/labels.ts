import type { RoleValue } from '../../contracts/accounts.contract';
import type { UnitResponse } from '../../contracts/units.contract';
import type { Translate } from '../i18n/i18n';
import type { MessageKey } from '../i18n/vi';
import { ROLES, UNIT_KINDS } from '../../contracts/codes';

export type UnitKind = UnitResponse['kind'];

export { ROLES, UNIT_KINDS };

const ROLE_KEYS: Record<RoleValue, MessageKey> = {
  admin: 'role.admin',
  leader: 'role.leader',
  officer: 'role.officer',
  viewer: 'role.viewer',
};

const KIND_KEYS: Record<UnitKind, MessageKey> = {
  nation: 'kind.nation',
  province: 'kind.province',
  district: 'kind.district',
  commune: 'kind.commune',
  village: 'kind.village',
  agency: 'kind.agency',
  group: 'kind.group',
};

export const roleLabel = (t: Translate, role: RoleValue): string => t(ROLE_KEYS[role]);
export const kindLabel = (t: Translate, kind: UnitKind): string => t(KIND_KEYS[kind]);

export const roleOptions = (t: Translate) =>
  ROLES.map((r) => ({ value: r, label: roleLabel(t, r) }));
export const kindOptions = (t: Translate) =>
  UNIT_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }));
