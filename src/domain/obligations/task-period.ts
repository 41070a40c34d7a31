import { expandRecurrence } from '../plans/recurrence';
import type { Task } from '../tasks/task';

/** A window is a week or a month of a recurring task, or the whole of a one-off task. */
export const PERIOD_KINDS = ['week', 'month', 'once'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** One thing a task asks for in one window: a week of a recurring task, or a one-off task as a whole. */
export interface TaskPeriod {
  id: string;
  taskId: string;
  assigneeUnitId: string;
  assigneePath: string;
  kind: PeriodKind;
  key: string; // "2022-W14", "2022-04", or "once"
  from: string;
  /** Last day of the window; for a one-off task, its deadline (work after it still counts, late). */
  to: string;
  required: number;
  done: number;
  firstDoneOn: string | null;
}

export const PERIOD_STATUSES = ['met', 'missed', 'pending'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];
/** The four buckets of Vietnamese government task statistics. */
export const ONCE_STATUSES = ['done_on_time', 'done_late', 'open', 'overdue'] as const;
export type OnceStatus = (typeof ONCE_STATUSES)[number];

/** The windows a task is judged in. A task without dates yields nothing. */
export function periodsOfTask(task: Task, newId: () => string): TaskPeriod[] {
  const base = {
    taskId: task.id,
    assigneeUnitId: task.assigneeUnitId,
    assigneePath: task.assigneePath,
    done: 0,
    firstDoneOn: null,
  };
  if (task.kind === 'recurring' && task.recurrence && task.periodFrom && task.periodTo) {
    const per = task.recurrence.per;
    return expandRecurrence(task.recurrence, task.periodFrom, task.periodTo).map((p) => ({
      ...base,
      id: newId(),
      kind: per,
      key: p.key,
      from: p.from,
      to: p.to,
      required: p.required,
    }));
  }
  if (task.kind === 'once' && task.deadline) {
    const from =
      task.periodFrom && task.periodFrom <= task.deadline ? task.periodFrom : task.deadline;
    return [
      { ...base, id: newId(), kind: 'once', key: 'once', from, to: task.deadline, required: 1 },
    ];
  }
  return [];
}

/** A recurring window: met once done reaches what is required; missed when it ended short; pending while open. */
export function periodStatus(
  p: Pick<TaskPeriod, 'done' | 'required' | 'to'>,
  today: string,
): PeriodStatus {
  if (p.done >= p.required) return 'met';
  return p.to < today ? 'missed' : 'pending';
}

/** A one-off task: done on time, done late, open within its deadline, or overdue. */
export function onceStatus(
  p: Pick<TaskPeriod, 'done' | 'required' | 'to' | 'firstDoneOn'>,
  today: string,
): OnceStatus {
  if (p.done >= p.required && p.firstDoneOn)
    return p.firstDoneOn <= p.to ? 'done_on_time' : 'done_late';
  return p.to < today ? 'overdue' : 'open';
}

/** Whether a window counts in a compliance rate yet (ended, or already met), and whether it was met. */
export function judged(
  p: Pick<TaskPeriod, 'kind' | 'done' | 'required' | 'to' | 'firstDoneOn'>,
  today: string,
): { due: boolean; met: boolean } {
  const complete = p.done >= p.required;
  const onTime = p.kind !== 'once' || (p.firstDoneOn !== null && p.firstDoneOn <= p.to);
  return { due: complete || p.to < today, met: complete && onTime };
}

export interface Compliance {
  due: number;
  met: number;
  /** met ÷ due, or null when nothing is due yet. */
  rate: number | null;
}

export const complianceOf = (due: number, met: number): Compliance => ({
  due,
  met,
  rate: due === 0 ? null : met / due,
});
