import { authorize, type Action, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Reads, Writes } from '../deps';
import { civilDate } from '../shared/dates';
import { conflict, invalid, notFound } from '../shared/domain-error';
import { getUnit } from '../units/get-unit';
import { isWithin, type Unit } from '../units/unit';
import { DEFAULT_MEMBER_ROLE, type GroupMemberItem } from './group';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The group at `id`, which the actor may `action` on: not_found out of scope, forbidden without
 * the role, validation (field groupId) when the unit is not a working group.
 */
export async function getGroup(
  deps: Reads<'units'>,
  actor: Actor,
  id: string,
  action: Action = 'unit.read',
): Promise<Unit> {
  const group = await getUnit(deps, actor, id);
  authorize(actor, action, group.path);
  if (group.kind !== 'group')
    throw invalid('groupId', `${group.name} không phải ban chỉ đạo, tiểu ban hay tổ công tác.`);
  return group;
}

/** Current members of a group (or every member ever, with `includeRemoved`). Throws not_found out of scope. */
export async function findGroupMembers(
  deps: Reads<'units' | 'groups'>,
  actor: Actor,
  input: { groupId: string; includeRemoved?: boolean },
): Promise<GroupMemberItem[]> {
  const group = await getGroup(deps, actor, input.groupId);
  return deps.repos.groups.members(group.id, { includeRemoved: input.includeRemoved ?? false });
}

/**
 * Adds a unit to a working group from `from` (today by default) and gives it the duty to report
 * weekly to the group while a member. The member must lie in the group's parent's subtree (the
 * group's reach), not be the group itself, and not be a current member already (conflict).
 */
export async function addGroupMember(
  deps: Writes<'units' | 'groups' | 'duties' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  input: { groupId: string; memberId: string; role?: string; from?: string; reportUntil?: string },
): Promise<GroupMemberItem> {
  const group = await getGroup(deps, actor, input.groupId, 'unit.write');
  const from = input.from ?? civilDate(deps.clock.now());
  if (!DAY.test(from)) throw invalid('from', 'Ngày bắt đầu không hợp lệ (dd/MM/yyyy).');
  const until = input.reportUntil ?? null;
  if (until !== null && (!DAY.test(until) || until < from))
    throw invalid('reportUntil', 'Ngày kết thúc báo cáo phải từ ngày bắt đầu trở đi.');
  const role = (input.role ?? DEFAULT_MEMBER_ROLE).trim();
  if (!role) throw invalid('role', 'Hãy ghi vai trò của thành viên (ví dụ "Thành viên").');
  const parent = group.parentId ? await deps.repos.units.get(group.parentId) : null;
  const member = await deps.repos.units.get(input.memberId);
  if (!member || !parent || !isWithin(member.path, parent.path))
    throw invalid(
      'memberId',
      `Thành viên phải là đơn vị thuộc ${parent?.name ?? 'đơn vị chủ quản'}.`,
    );
  if (member.id === group.id || isWithin(member.path, group.path))
    throw invalid('memberId', 'Tổ, ban không thể là thành viên của chính mình.');
  if (!member.active) throw invalid('memberId', `${member.name} đã ngừng hoạt động.`);
  return deps.uow.transaction(async (repos) => {
    if (await repos.groups.current(group.id, member.id))
      throw conflict(`${member.name} đã là thành viên của ${group.name}.`);
    const now = deps.clock.now();
    const row = {
      id: deps.ids.newId(),
      groupId: group.id,
      memberId: member.id,
      role,
      addedOn: from,
      removedOn: null,
      createdAt: now,
    };
    await repos.groups.insert(row);
    // "Từng thành viên … báo cáo công việc theo tuần": the duty lasts while the membership does,
    // or until the campaign the group was set up for ends.
    await repos.duties.insertMany([
      {
        id: deps.ids.newId(),
        reporterId: member.id,
        reporterPath: member.path,
        ownerId: group.id,
        planId: null,
        frequency: 'weekly',
        fromOn: from,
        toOn: until,
        createdAt: now,
      },
    ]);
    await recordChange(repos, deps, actor, {
      unitId: group.id,
      entity: 'group_member',
      entityId: row.id,
      action: 'create',
      changes: { member: member.name, role, from, reportUntil: until },
    });
    return { ...row, member };
  });
}

/**
 * Ends a membership on `on` (today by default) and the member's duty to report to the group.
 * Throws not_found for no such current membership, validation for a day before it began.
 */
export async function removeGroupMember(
  deps: Writes<'units' | 'groups' | 'duties' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  input: { groupId: string; memberId: string; on?: string },
): Promise<void> {
  // Any unit but a group has no members: the membership named is simply not there (not_found),
  // the same answer as for a member id that does not exist.
  const group = await getUnit(deps, actor, input.groupId);
  authorize(actor, 'unit.write', group.path);
  if (group.kind !== 'group') throw notFound('thành viên');
  const on = input.on ?? civilDate(deps.clock.now());
  if (!DAY.test(on)) throw invalid('on', 'Ngày kết thúc không hợp lệ (dd/MM/yyyy).');
  await deps.uow.transaction(async (repos) => {
    const current = await repos.groups.current(group.id, input.memberId);
    if (!current) throw notFound('thành viên');
    if (on < current.addedOn)
      throw invalid('on', 'Ngày kết thúc trước ngày bắt đầu làm thành viên.');
    if (!(await repos.groups.end(current.id, on)))
      throw conflict('Thành viên vừa được cập nhật ở nơi khác; hãy tải lại.');
    await repos.duties.endFor(group.id, input.memberId, on);
    await recordChange(repos, deps, actor, {
      unitId: group.id,
      entity: 'group_member',
      entityId: current.id,
      action: 'delete',
      changes: { memberId: input.memberId, on },
    });
  });
}
