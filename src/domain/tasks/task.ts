import type { Channel, Plan, Recurrence } from '../plans/plan';

export const TASK_KINDS = ['once', 'recurring'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** An assignment of an issued plan made trackable: one assignee unit, one piece of work. */
export interface Task {
  id: string;
  planId: string;
  issuerUnitId: string;
  assigneeUnitId: string;
  assigneePath: string;
  title: string;
  channel: Channel | null;
  kind: TaskKind;
  deadline: string | null;
  recurrence: Recurrence | null;
  periodFrom: string | null;
  periodTo: string | null;
  frequencyText: string | null;
  target: string | null;
  createdAt: Date;
}

/**
 * The tasks an issued plan creates: one per task line of each assignment, for each unit the
 * assignment reaches (`assignees`, in the assignments' order: see checkAssignees).
 * A line with a rhythm is recurring over the plan's period; otherwise it is one-off, due at its
 * deadline or, lacking one, at the end of the period.
 */
export function tasksFromPlan(
  plan: Pick<Plan, 'id' | 'unitId' | 'assignments' | 'periodFrom' | 'periodTo'>,
  assignees: ReadonlyArray<ReadonlyArray<{ id: string; path: string }>>,
  newId: () => string,
  now: Date,
): Task[] {
  return plan.assignments.flatMap((a, i) =>
    (assignees[i] ?? []).flatMap((unit) =>
      a.tasks.map((t): Task => ({
        id: newId(),
        planId: plan.id,
        issuerUnitId: plan.unitId,
        assigneeUnitId: unit.id,
        assigneePath: unit.path,
        title: t.text,
        channel: t.channel,
        kind: t.recurrence ? 'recurring' : 'once',
        deadline: t.recurrence ? null : (t.deadline ?? plan.periodTo),
        recurrence: t.recurrence,
        periodFrom: plan.periodFrom,
        periodTo: plan.periodTo,
        frequencyText: t.frequencyText,
        target: t.target,
        createdAt: now,
      })),
    ),
  );
}
