import type { Activity } from '../activities/activity';
import type { TaskPeriod } from './task-period';

export interface PeriodListItem extends TaskPeriod {
  taskTitle: string;
  channel: string | null;
  assigneeName: string;
  planId: string;
}

/**
 * Task windows counted four ways, which add up to all of them: met on time, met late (a one-off
 * done after its deadline), still open before its end (in window), and ended unmet (overdue).
 * `due` = onTime + late + overdue and `met` = onTime, as the rate has always read them.
 */
export interface ComplianceCounts {
  due: number;
  met: number;
  onTime: number;
  late: number;
  inWindow: number;
  overdue: number;
}

export interface ObligationRepository {
  insertPeriods(periods: TaskPeriod[]): Promise<void>;
  /** Adds one activity's contribution to the open windows it satisfies (same channel, assignee at or above its unit). */
  applyActivity(activity: Activity, contribution: number, assigneeIds: string[]): Promise<void>;
  /**
   * Adds the contributions of a batch of activities (an import) to every window they satisfy.
   * Inside a transaction: the counts it adds are held in a table that lives until its commit.
   */
  applyBatch(batchId: string): Promise<void>;
  /** Takes a deleted activity's contribution back out (call after deleting it). */
  unapplyActivity(activity: Activity, contribution: number, assigneeIds: string[]): Promise<void>;
  /** Recounts every window of these tasks from the activities (after the tasks are created). */
  recountTasks(taskIds: string[]): Promise<void>;
  /** Recounts every window there is (after bulk-generated data). */
  recountAll(): Promise<void>;
  /** Windows ending in [from, to], in the four buckets, over the subtree at `path`, in total and per child. */
  compliance(query: {
    path: string;
    depth: number;
    from: string;
    to: string;
    today: string;
  }): Promise<{
    total: ComplianceCounts;
    byChild: Array<ComplianceCounts & { childId: string; childName: string | null }>;
  }>;
  /** The windows themselves, for drill-down to the missing week. */
  periods(query: {
    withinPath: string;
    assigneeUnitId?: string;
    taskId?: string;
    from: string;
    to: string;
    limit: number;
  }): Promise<PeriodListItem[]>;
  /**
   * The windows open on `day` of tasks on `channel` (or on any channel), assigned either to one
   * of `assigneeIds` or to a unit strictly below `belowPath`, within `withinPath`.
   */
  openWindows(query: {
    assigneeIds?: string[];
    belowPath?: string;
    withinPath: string;
    channel: string;
    day: string;
    limit: number;
  }): Promise<OpenWindow[]>;
}

/** A task window an activity on its day and channel would count towards. */
export type OpenWindow = {
  taskId: string;
  taskTitle: string;
  assigneeUnitId: string;
  assigneeName: string;
  issuerName: string;
  key: string;
  from: string;
  to: string;
  required: number;
  done: number;
};
