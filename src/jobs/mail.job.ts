import type { FastifyBaseLogger } from 'fastify';
import PgBoss from 'pg-boss';
import type { Db } from '../db/db';
import { executorOf, QUEUE_SCHEMA } from '../db/queue';
import type { Mailer, MailMessage } from '../domain/notifications/notifications.port';

/**
 * Sends the mail waiting on the queue now, without a running worker (`loa jobs run`, tests): each
 * message the SMTP server takes is completed, each it refuses failed, so the queue offers it again
 * after its delay. The running server's worker does the same one message at a time.
 */
export async function sendWaitingMail(
  db: Db,
  mailer: Mailer,
  log: Pick<FastifyBaseLogger, 'warn'>,
): Promise<{ sent: number }> {
  const boss = new PgBoss({ schema: QUEUE_SCHEMA, db: executorOf(db) });
  let sent = 0;
  for (;;) {
    const jobs = await boss.fetch<MailMessage>('mail', { batchSize: 50 });
    if (jobs.length === 0) return { sent };
    for (const job of jobs) {
      try {
        await mailer.send(job.data);
        await boss.complete('mail', job.id);
        sent++;
      } catch (error) {
        log.warn({ err: error, to: job.data.to }, 'mail not sent; it will be tried again');
        await boss.fail('mail', job.id, { message: String(error) });
      }
    }
  }
}
