import type {
  Approver,
  DocumentToAcknowledge,
  MilestoneNear,
  OwedReport,
  PendingItem,
  PlanToAcknowledge,
  TaskWindow,
} from './today';

export interface Week {
  key: string;
  from: string;
  to: string;
  dueOn: string;
}

/** The reads behind "Việc cần làm": each scoped to one unit (and the units directly below it). */
export interface TodayRepository {
  /** The weeks among `weeks` the unit owes a weekly report for and has not sent. */
  owedReports(unitId: string, weeks: Week[]): Promise<OwedReport[]>;
  /** Approved items sent to the unit and not acknowledged. */
  documentsToAcknowledge(unitId: string): Promise<DocumentToAcknowledge[]>;
  /** Issued plans of other units that gave the unit tasks or name it in Nơi nhận, not acknowledged. */
  plansToAcknowledge(unitId: string): Promise<PlanToAcknowledge[]>;
  /** Windows of the unit and its children ending in the week, and one-off tasks overdue in the four weeks before it. */
  taskWindows(unitId: string, week: Week): Promise<TaskWindow[]>;
  /** Drafts of the unit's content the user did not write or change. */
  contentToApprove(unitId: string, userId: string): Promise<PendingItem[]>;
  /** The unit's submitted plans the user did not write, change or submit. */
  plansToIssue(unitId: string, userId: string): Promise<PendingItem[]>;
  /** Weekly reports the units directly below sent and nobody has accepted or returned. */
  reportsToReview(unitId: string): Promise<PendingItem[]>;
  /**
   * Phases of the unit's own issued plans that ended in the eight weeks before `today` and whose
   * sơ kết the unit has not issued (no numbered phase report of that name).
   */
  summariesToIssue(unitId: string, today: string): Promise<PendingItem[]>;
  /** The unit's claims still to verify, or judged false/misleading with no correction yet. */
  claimsToHandle(unitId: string): Promise<PendingItem[]>;
  /**
   * What the user wrote or sent that waits on someone else (content, plans, weekly reports);
   * `unitName` and `approverUnitId` name the unit whose leaders decide it.
   */
  waitingOnOthers(userId: string): Promise<Array<PendingItem & { approverUnitId: string }>>;
  /** The active leaders of these units, who approve what the units prepare. */
  leadersOf(unitIds: string[]): Promise<Array<Approver & { unitId: string; userId: string }>>;
  /** Steps not done, due between the two days, of elections run at or above the unit's path. */
  milestonesNear(unitPath: string, from: string, to: string): Promise<MilestoneNear[]>;
}
