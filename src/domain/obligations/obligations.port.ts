import type { Activity } from '../activities/activity';
import type { TaskPeriod } from './task-period';

export interface PeriodListItem extends TaskPeriod {
  taskTitle: string;
  channel: string | null;
  assigneeName: string;
  planId: string;
}

export interface ComplianceCounts {
  due: number;
  met: number;
}

export interface ObligationRepository {
  insertPeriods(periods: TaskPeriod[]): Promise<void>;
  /** Adds one activity's contribution to the open windows it satisfies (same channel, assignee at or above its unit). */
  applyActivity(activity: Activity, contribution: number, assigneeIds: string[]): Promise<void>;
  /** Recounts the windows of these assignees that overlap a date range, from the activities themselves. */
  recount(query: { assigneeIds: string[]; from: string; to: string }): Promise<void>;
  /** Recounts every window of these tasks (after they are created). */
  recountTasks(taskIds: string[]): Promise<void>;
  /** Due and met windows ending in [from, to] over the subtree at `path`, in total and per child. */
  compliance(query: {
    path: string;
    depth: number;
    from: string;
    to: string;
    today: string;
  }): Promise<{ total: ComplianceCounts; byChild: Array<ComplianceCounts & { childId: string }> }>;
  /** The windows themselves, for drill-down to the missing week. */
  periods(query: {
    withinPath: string;
    assigneeUnitId?: string;
    taskId?: string;
    from: string;
    to: string;
    limit: number;
  }): Promise<PeriodListItem[]>;
}
