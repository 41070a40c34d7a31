import type { MailOutbox } from '../../domain/notifications/notifications.port';
import type { Db } from '../db';
import { enqueue } from '../queue';

/** Mail goes on the queue's `mail` list in the caller's transaction. */
export function outboxRepository(db: Db): MailOutbox {
  return {
    enqueue: (messages) => enqueue(db, 'mail', messages),
  };
}
