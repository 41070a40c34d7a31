import { DomainError, forbidden } from '../shared/domain-error';
import { isWithin } from '../units/unit';

export const ROLES = ['admin', 'leader', 'officer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** What a signed-in user can be allowed to do; each use case names the action it needs. */
export type Action =
  | 'unit.read'
  | 'unit.write'
  | 'user.read'
  | 'user.write'
  | 'audit.read'
  | 'work.read'
  | 'work.write'
  | 'work.approve';

const READ: Action[] = ['unit.read', 'work.read'];
const PERMISSIONS: Record<Role, ReadonlySet<Action>> = {
  admin: new Set<Action>([
    ...READ,
    'unit.write',
    'user.read',
    'user.write',
    'audit.read',
    'work.write',
    'work.approve',
  ]),
  leader: new Set<Action>([
    ...READ,
    'unit.write',
    'user.read',
    'audit.read',
    'work.write',
    'work.approve',
  ]),
  officer: new Set<Action>([...READ, 'work.write']),
  viewer: new Set<Action>(READ),
};

/** The signed-in user as every use case sees them: who, which role, and the subtree they may touch. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
  /** Path of the user's unit; the user sees this unit and everything below it, nothing else. */
  unitPath: string;
}

export const can = (role: Role, action: Action): boolean => PERMISSIONS[role].has(action);

/**
 * The one access rule: a target outside the actor's subtree does not exist for them (not_found,
 * so existence does not leak); inside it, the role must grant the action (forbidden).
 *
 * `sharedWith` names units outside the target's ancestry entitled to READ this one item: a
 * working group reading what a member did for the group's own plans (its tasks, the activities
 * that count towards them, its weekly reports while a duty to the group runs). The caller
 * derives it from the item, never from the member; it never grants a write (ADR 16).
 */
export function authorize(
  actor: Actor,
  action: Action,
  targetPath?: string,
  sharedWith: readonly string[] = [],
): void {
  const shared = isReadAction(action) && sharedWith.includes(actor.unitId);
  if (targetPath !== undefined && !shared && !isWithin(targetPath, actor.unitPath)) {
    throw new DomainError('not_found', 'Không tìm thấy đối tượng trong phạm vi đơn vị của bạn.');
  }
  if (!can(actor.role, action)) throw forbidden();
}

const isReadAction = (action: Action): boolean => action === 'unit.read' || action === 'work.read';

/**
 * A unit's own report is written by that unit only: units above read it, accept it or return it,
 * but never type into it. Throws forbidden for anyone else (the report is visible to them).
 */
export function authorizeOwnReport(actor: Actor, reporterUnitId: string): void {
  if (actor.unitId !== reporterUnitId)
    throw forbidden('Chỉ đơn vị báo cáo mới được soạn, lưu và gửi báo cáo của mình.');
  if (!can(actor.role, 'work.write')) throw forbidden();
}
