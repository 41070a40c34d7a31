import type { Unit } from '../units/unit';

/** A unit's membership of a working group, with the role the group's decision gives it. */
export interface GroupMember {
  id: string;
  groupId: string;
  memberId: string;
  role: string;
  addedOn: string;
  removedOn: string | null;
  createdAt: Date;
}

export interface GroupMemberItem extends GroupMember {
  member: Unit;
}

export const DEFAULT_MEMBER_ROLE = 'Thành viên';

/** How often a duty reports: weekly, the only rhythm the seeds know. */
export const DUTY_FREQUENCIES = ['weekly'] as const;
export type DutyFrequency = (typeof DUTY_FREQUENCIES)[number];

/** A duty to report weekly to an owner (a group, or the unit of a plan) over [fromOn, toOn]. */
export interface ReportingDuty {
  id: string;
  reporterId: string;
  reporterPath: string;
  ownerId: string;
  planId: string | null;
  frequency: DutyFrequency;
  fromOn: string;
  toOn: string | null;
  createdAt: Date;
}

/** Members listed inside another listed member's subtree are dropped, so no activity counts twice. */
export function outermost<T extends { path: string }>(units: T[]): T[] {
  return units.filter(
    (u) => !units.some((o) => o !== u && o.path !== u.path && u.path.startsWith(o.path)),
  );
}
