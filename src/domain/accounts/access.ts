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
 */
export function authorize(actor: Actor, action: Action, targetPath?: string): void {
  if (targetPath !== undefined && !isWithin(targetPath, actor.unitPath)) {
    throw new DomainError('not_found', 'Không tìm thấy đối tượng trong phạm vi đơn vị của bạn.');
  }
  if (!can(actor.role, action)) throw forbidden();
}
