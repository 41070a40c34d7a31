import type { Phase, Plan, PlanStatus } from './plan';

export interface PlanListItem {
  id: string;
  unitId: string;
  unitName: string;
  unitPath: string;
  status: PlanStatus;
  number: number | null;
  bodyCode: string;
  issuedOn: string | null;
  title: string;
  periodFrom: string | null;
  periodTo: string | null;
  derivedFromId: string | null;
  phases: Phase[];
  updatedAt: Date;
}

export interface PlanQuery {
  /** Plans of units at or below this path… */
  withinPath: string;
  /** …and issued plans of the units above it (ancestors' paths), addressed down to it. */
  ancestorIds: string[];
  status?: PlanStatus;
  /** Any of these statuses (with `status`, both must hold). */
  statuses?: PlanStatus[];
  unitId?: string;
  /** Only plans of these units. */
  unitIds?: string[];
  search?: string;
  derivedFromId?: string;
  limit: number;
}

export interface PlanRepository {
  get(id: string): Promise<Plan | null>;
  /** The newest `limit` plans that match, and how many match in all. */
  find(query: PlanQuery): Promise<{ items: PlanListItem[]; total: number }>;
  /** Issued plans carrying a number, across all units (for the command line). */
  findByNumber(number: number, bodyCode: string): Promise<Plan[]>;
  insert(plan: Plan): Promise<void>;
  /**
   * Saves when the stored version matches `expectedVersion`; null when someone saved first.
   * `changedBy` joins the plan's editors in the same statement.
   */
  update(
    id: string,
    expectedVersion: number,
    patch: Partial<Omit<Plan, 'editors'>>,
    at: Date,
    changedBy?: string,
  ): Promise<Plan | null>;
  /** Deletes a plan still a draft at `expectedVersion`; false when it moved on or is gone. */
  deleteDraft(id: string, expectedVersion: number): Promise<boolean>;
  derivedFrom(planId: string): Promise<Array<{ id: string; unitId: string; status: PlanStatus }>>;
}
