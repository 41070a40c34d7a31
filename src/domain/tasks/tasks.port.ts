import type { Task } from './task';

export interface TaskListItem extends Task {
  assigneeName: string;
  issuerName: string;
  planNumber: number | null;
  planBodyCode: string;
  planTitle: string;
}

export interface TaskRepository {
  insertMany(tasks: Task[]): Promise<void>;
  find(query: {
    withinPath: string;
    planId?: string;
    assigneeUnitId?: string;
    /** Only tasks whose assignee's path starts with this one. */
    assigneeWithinPath?: string;
    limit: number;
  }): Promise<TaskListItem[]>;
  countForPlan(planId: string): Promise<number>;
}
