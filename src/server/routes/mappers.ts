import type { UserListItem } from '../../domain/accounts/accounts.port';
import type { PublicUser } from '../../domain/accounts/manage-users';
import type { AuditListItem } from '../../domain/audit/audit.port';
import type { Notification } from '../../domain/notifications/notifications.port';
import type { Unit } from '../../domain/units/unit';
import type { UserResponse } from '../../contracts/accounts.contract';
import type { AuditEntryResponse } from '../../contracts/audit.contract';
import type { NotificationResponse } from '../../contracts/notifications.contract';
import type { UnitResponse } from '../../contracts/units.contract';

export const toUnitResponse = (
  u: Unit & { childCount?: number; trail?: string[] },
): UnitResponse => ({
  id: u.id,
  parentId: u.parentId,
  name: u.name,
  shortName: u.shortName,
  kind: u.kind,
  code: u.code,
  depth: u.depth,
  active: u.active,
  version: u.version,
  ...(u.childCount !== undefined ? { childCount: u.childCount } : {}),
  ...(u.trail ? { trail: u.trail } : {}),
  updatedAt: u.updatedAt.toISOString(),
});

export const toUserResponse = (u: PublicUser | UserListItem, now: Date): UserResponse => ({
  id: u.id,
  unitId: u.unitId,
  ...('unitName' in u ? { unitName: u.unitName } : {}),
  username: u.username,
  displayName: u.displayName,
  email: u.email,
  role: u.role,
  active: u.active,
  locked: !!u.lockedUntil && u.lockedUntil > now,
  createdAt: u.createdAt.toISOString(),
});

export const toAuditEntryResponse = (e: AuditListItem): AuditEntryResponse => ({
  id: e.id,
  at: e.at.toISOString(),
  actorId: e.actorId,
  actorName: e.actorName,
  unitId: e.unitId,
  unitName: e.unitName,
  entity: e.entity,
  entityId: e.entityId,
  action: e.action,
  changes: e.changes,
});

export const toNotificationResponse = (n: Notification): NotificationResponse => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  link: n.link,
  createdAt: n.createdAt.toISOString(),
  read: n.readAt !== null,
});
