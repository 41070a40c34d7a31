import { judged } from '../../../contracts/week-compliance';
import { statusRank } from '../dashboard/dashboard-data';
import type { Obligation } from '../dashboard/progress.api';

export interface TaskGroup {
  taskId: string;
  taskTitle: string;
  channel: string | null;
  windows: Obligation[];
  worst: number;
}

export interface UnitGroup {
  unitId: string;
  unitName: string;
  due: number;
  met: number;
  tasks: TaskGroup[];
}

/** Unit → task → windows (oldest first); units and tasks with the worst windows come first. */
export function groupObligations(items: Obligation[]): UnitGroup[] {
  const units = new Map<string, UnitGroup>();
  for (const o of items) {
    const unit = units.get(o.assigneeUnitId) ?? {
      unitId: o.assigneeUnitId,
      unitName: o.assigneeName,
      due: 0,
      met: 0,
      tasks: [],
    };
    units.set(o.assigneeUnitId, unit);
    const j = judged(o.status);
    unit.due += j.due ? 1 : 0;
    unit.met += j.met ? 1 : 0;
    let task = unit.tasks.find((x) => x.taskId === o.taskId);
    if (!task) {
      task = {
        taskId: o.taskId,
        taskTitle: o.taskTitle,
        channel: o.channel,
        windows: [],
        worst: 99,
      };
      unit.tasks.push(task);
    }
    task.windows.push(o);
    task.worst = Math.min(task.worst, statusRank(o.status));
  }
  const rate = (u: UnitGroup) => (u.due ? u.met / u.due : 1);
  return [...units.values()]
    .map((u) => ({
      ...u,
      tasks: u.tasks
        .map((x) => ({ ...x, windows: x.windows.sort((a, b) => a.from.localeCompare(b.from)) }))
        .sort((a, b) => a.worst - b.worst || a.taskTitle.localeCompare(b.taskTitle)),
    }))
    .sort((a, b) => rate(a) - rate(b) || a.unitName.localeCompare(b.unitName));
}
