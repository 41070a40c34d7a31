import type { Actor } from '../accounts/access';
import type { ActivityListItem, FigureRow } from '../activities/activities.port';
import { checkRange, sumRows } from '../activities/unit-figures';
import type { Reads } from '../deps';
import type { TaskListItem } from '../tasks/tasks.port';
import type { Unit } from '../units/unit';
import { getGroup } from './manage-members';
import { outermost } from './group';

export interface MemberWork {
  unitId: string;
  unitName: string;
  /** The member's window inside [from, to]: its membership, for a member who joined or left. */
  from: string;
  to: string;
  tasks: TaskListItem[];
  rows: FigureRow[];
  activities: ActivityListItem[];
}

export interface GroupWork {
  from: string;
  to: string;
  rows: FigureRow[];
  byMember: MemberWork[];
}

const overlaps = (
  t: Pick<TaskListItem, 'periodFrom' | 'periodTo' | 'deadline'>,
  from: string,
  to: string,
) => (t.periodFrom ?? t.deadline ?? from) <= to && (t.periodTo ?? t.deadline ?? to) >= from;

/**
 * What the assignees of a group's own plans did for them in [from, to] (ADR 16): for each unit the
 * group gave a task running in the range, the activities of that unit and its subtree, within its
 * membership, on the channels of those tasks (any channel for a task without one). Nothing else
 * of the member is read. Units nested in another assignee are counted once, under the outer one.
 */
export async function groupFigures(
  deps: Reads<'units' | 'groups' | 'tasks' | 'activities'>,
  group: Unit,
  from: string,
  to: string,
  activityLimit = 0,
): Promise<GroupWork> {
  checkRange(from, to);
  const tasks = (await deps.repos.tasks.find({ withinPath: group.path, limit: 5000 })).filter(
    (t) => t.issuerUnitId === group.id && overlaps(t, from, to),
  );
  const memberships = await deps.repos.groups.members(group.id, { includeRemoved: true });
  const assignees = await deps.repos.units.getMany([
    ...new Set(tasks.map((t) => t.assigneeUnitId)),
  ]);
  const byMember: MemberWork[] = [];
  for (const unit of outermost(assignees)) {
    const own = tasks.filter((t) => t.assigneeUnitId === unit.id);
    const spans = memberships.filter((m) => m.memberId === unit.id);
    const start = spans.reduce((d, m) => (m.addedOn < d ? m.addedOn : d), to);
    const end = spans.some((m) => m.removedOn === null)
      ? to
      : spans.reduce((d, m) => (m.removedOn && m.removedOn > d ? m.removedOn : d), from);
    const win = spans.length
      ? { from: start > from ? start : from, to: end < to ? end : to }
      : { from, to };
    if (win.to < win.from) continue;
    const channels = own.some((t) => t.channel === null)
      ? null
      : new Set<string | null>(own.map((t) => t.channel));
    const counts = (channel: string) => channels === null || channels.has(channel);
    const rows = (
      await deps.repos.activities.figures({ withinPath: unit.path, from: win.from, to: win.to })
    ).filter((r) => counts(r.channel));
    const activities = activityLimit
      ? (
          await deps.repos.activities.find({
            withinPath: unit.path,
            from: win.from,
            to: win.to,
            limit: activityLimit,
            offset: 0,
          })
        ).items.filter((a) => counts(a.channel))
      : [];
    byMember.push({ unitId: unit.id, unitName: unit.name, ...win, tasks: own, rows, activities });
  }
  byMember.sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi'));
  return { from, to, rows: sumRows(byMember.flatMap((m) => m.rows)), byMember };
}

/**
 * A working group's view of its members' work for its plans in [from, to]: their tasks from the
 * group's plans, the figures and activities that count towards them. Throws not_found out of
 * scope, validation for a unit that is not a group or a bad range.
 */
export async function groupWork(
  deps: Reads<'units' | 'groups' | 'tasks' | 'activities'>,
  actor: Actor,
  input: { groupId: string; from: string; to: string },
): Promise<GroupWork> {
  const group = await getGroup(deps, actor, input.groupId, 'work.read');
  return groupFigures(deps, group, input.from, input.to, 200);
}
