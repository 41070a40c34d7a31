import type { Week } from '../today/today.port';

/** A legal step of an election to remind its unit of (a type, so a query's rows can be it). */
export type MilestoneDue = {
  id: string;
  electionId: string;
  election: string;
  unitId: string;
  title: string;
  dueOn: string;
  /** The step passed yesterday without being marked done. */
  late: boolean;
};

/** An unread notification of a user with an e-mail address, for the daily digest. */
export type DigestLine = {
  userId: string;
  email: string;
  title: string;
  body: string;
};

/** What the scheduled reminders read, and the marks that make each reminder go out once. */
export interface ReminderRepository {
  /**
   * Records that `key` of `job` is done; false when it already was (by this or another instance).
   */
  markOnce(job: string, key: string, at: Date): Promise<boolean>;
  /**
   * Units that owe the week's report and have not sent it: administrative units with work in the
   * week (a task window of their subtree overlaps it), and every unit with an explicit reporting
   * duty running in the week, at whatever level it sits. A unit created after the week owes
   * nothing for it.
   */
  unitsOwingWeeklyReport(week: Pick<Week, 'key' | 'from' | 'to'>): Promise<string[]>;
  /** Steps not done that fall in [today, ahead], or fell on `yesterday` (then `late`). */
  milestonesDue(days: { today: string; ahead: string; yesterday: string }): Promise<MilestoneDue[]>;
  /** Unread notifications created after `since`, of active users with an address, by user. */
  unreadForDigest(since: Date): Promise<DigestLine[]>;
}
