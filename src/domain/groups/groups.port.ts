import type { UnitKind } from '../units/unit';
import type { Unit } from '../units/unit';
import type { GroupMember, GroupMemberItem, ReportingDuty } from './group';

/** Storage of working-group memberships; queries only. */
export interface GroupRepository {
  /** Members of a group, current ones only unless `includeRemoved`. */
  members(groupId: string, opts?: { includeRemoved?: boolean }): Promise<GroupMemberItem[]>;
  /** The current membership of `memberId` in `groupId`, if any. */
  current(groupId: string, memberId: string): Promise<GroupMember | null>;
  insert(member: GroupMember): Promise<void>;
  /** Ends a current membership; false when it was already ended. */
  end(id: string, on: string): Promise<boolean>;
  /** Groups `memberId` belongs to (or belonged to) at some day of [from, to]. */
  groupsOf(memberId: string, from: string, to: string): Promise<string[]>;
}

/** A unit with the window in which it must report. */
export interface Reporter {
  unit: Unit;
  fromOn: string | null;
  toOn: string | null;
  ownerId: string | null;
}

/** Storage of reporting duties; queries only. */
export interface DutyRepository {
  insertMany(duties: ReportingDuty[]): Promise<void>;
  /** Ends the open duties of `reporterId` towards `ownerId` on `on`. */
  endFor(ownerId: string, reporterId: string, on: string): Promise<void>;
  /** Duties of a reporter. */
  forReporter(reporterId: string): Promise<ReportingDuty[]>;
  /**
   * Who must report for a viewer: explicit duties whose reporter lies strictly below `path` or
   * whose owner is `ownerId`, plus active units of `implicitKinds` strictly below `path`.
   */
  reporters(query: {
    path: string;
    ownerId: string;
    implicitKinds: readonly UnitKind[];
    kind?: UnitKind;
    limit: number;
  }): Promise<Reporter[]>;
}
