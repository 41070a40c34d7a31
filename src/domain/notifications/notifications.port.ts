import type { Role } from '../accounts/access';
/** An in-app notification for one user; later capabilities write these through `notify`. */
export interface Notification {
  id: string;
  userId: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export interface NotificationRepository {
  insertMany(items: Notification[]): Promise<void>;
  find(userId: string, opts: { unreadOnly: boolean; limit: number }): Promise<Notification[]>;
  countUnread(userId: string): Promise<number>;
  markRead(userId: string, ids: string[] | 'all', at: Date): Promise<number>;
  /**
   * Everyone's unread notifications pointing at `link` are marked read (its matter was taken
   * back, so nothing is waiting there any more); with `remove`, deleted (the page is gone).
   */
  settleLink(link: string, at: Date, remove: boolean): Promise<number>;
  /** Users of the given units with a valid e-mail, for the optional mail copy. */
  recipientsOfUnits(
    unitIds: string[],
    roles?: Role[],
  ): Promise<Array<{ id: string; email: string | null }>>;
}

/** One e-mail. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Optional outbound mail; absent when SMTP is not configured. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/**
 * E-mail waiting to be sent: written in the transaction of the change it tells of, so it is sent
 * when that change commits and never when it does not; sent after, and tried again until the
 * SMTP server takes it (jobs/mail.job.ts).
 */
export interface MailOutbox {
  enqueue(messages: MailMessage[]): Promise<void>;
}
