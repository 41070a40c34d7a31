import type { FastifyBaseLogger } from 'fastify';
import PgBoss from 'pg-boss';
import type { Database } from '../db/database';
import { makeRepos } from '../db/repositories';
import { withJobLock } from '../db/job-lock';
import { QUEUE_SCHEMA, typedExecute, type QueueName } from '../db/queue';
import type { Deps } from '../domain/deps';
import type { MailMessage } from '../domain/notifications/notifications.port';
import { issuedPdfsOf, type IssuedPdfDeps } from '../documents/issued-pdf';
import { runReportReminders } from './report-reminders.job';
import { runMailDigest } from './mail-digest.job';
import { runMilestoneReminders } from './milestone-reminders.job';
import { sendWaitingMail } from './mail.job';

const ISSUED_PDF_INTERVAL_MS = 30_000;
/** How often the mail and PDF workers look for work; the hourly jobs' look less often. */
const POLL_SECONDS = 2;
const PERIODIC_POLL_SECONDS = 10;

export interface Scheduler {
  /** Runs every job once now, then sends the mail waiting (tests and `loa jobs run`). */
  runOnce(): Promise<Record<string, { ran: boolean }>>;
  /** Stops taking work and waits for the job running now, if any, to finish. */
  stop(): Promise<void>;
}

type SchedulerDeps = IssuedPdfDeps & Pick<Deps, 'ids' | 'mailer'>;

/**
 * The jobs, on pg-boss's queues in Loa's own database (ADR 33). Each instance puts a periodic job
 * on its queue every interval; the queue keeps at most one waiting and one running, so a job never
 * overlaps itself, here or on another instance, and each run still takes its advisory lock and
 * marks what it sent (a notice goes out once). Mail written by any change in its transaction is
 * sent by the `mail` worker and tried again while the SMTP server refuses it.
 */
export async function startScheduler(
  database: Pick<Database, 'db' | 'executeSql'>,
  deps: SchedulerDeps,
  log: FastifyBaseLogger,
  opts: { intervalMs: number; start: boolean },
): Promise<Scheduler> {
  const { db } = database;
  const periodic: Record<Exclude<QueueName, 'mail' | 'issued-pdfs'>, () => Promise<boolean>> = {
    'report-reminders': async () =>
      (await withJobLock(db, 'report-reminders', (tx) => runReportReminders(makeRepos(tx), deps)))
        .ran,
    'milestone-reminders': async () =>
      (
        await withJobLock(db, 'milestone-reminders', (tx) =>
          runMilestoneReminders(makeRepos(tx), deps),
        )
      ).ran,
    'mail-digest': async () =>
      deps.mailer !== null &&
      (await withJobLock(db, 'mail-digest', (tx) => runMailDigest(makeRepos(tx), deps.clock.now())))
        .ran,
  };
  // An issued document's PDF is wanted soon after issue, not at the next hourly tick; the same
  // pass tries again what failed (LibreOffice missing, say). A download makes one at once anyway.
  const issuedPdfs = () => issuedPdfsOf(deps).drain();

  const runOnce = async () => {
    const out: Record<string, { ran: boolean }> = {};
    for (const [name, job] of Object.entries(periodic)) {
      try {
        out[name] = { ran: await job() };
      } catch (error) {
        log.warn({ err: error, job: name }, 'job failed; it will run again at the next tick');
        out[name] = { ran: false };
      }
    }
    if (deps.mailer) await sendWaitingMail(db, deps.mailer, log);
    return out;
  };

  if (!opts.start) return { runOnce, stop: async () => undefined };

  const boss = new PgBoss({
    schema: QUEUE_SCHEMA,
    db: { executeSql: typedExecute(database.executeSql) },
    // Migrations install the queue's tables (db/queue.ts); cron schedules are not used.
    migrate: false,
    schedule: false,
  });
  boss.on('error', (error) => log.warn({ err: error }, 'job queue: a pass failed'));
  await boss.start();
  const work = async (
    name: QueueName,
    run: () => Promise<unknown>,
    pollingIntervalSeconds: number,
  ) =>
    boss.work(name, { pollingIntervalSeconds }, async () => {
      try {
        await run();
      } catch (error) {
        log.warn({ err: error, job: name }, 'job failed; it will run again at the next tick');
        throw error;
      }
    });
  const periodicPoll = Math.min(PERIODIC_POLL_SECONDS, Math.max(1, opts.intervalMs / 1000));
  for (const [name, job] of Object.entries(periodic))
    await work(name as QueueName, job, periodicPoll);
  await work('issued-pdfs', issuedPdfs, POLL_SECONDS);
  const { mailer } = deps;
  if (mailer)
    await boss.work<MailMessage>(
      'mail',
      { pollingIntervalSeconds: POLL_SECONDS, batchSize: 1 },
      async ([job]) => {
        if (!job) return;
        try {
          await mailer.send(job.data);
        } catch (error) {
          log.warn({ err: error, to: job.data.to }, 'mail not sent; it will be tried again');
          throw error;
        }
      },
    );
  const tick = (names: QueueName[]) => () => {
    for (const name of names)
      // A refused send is the queue already holding one waiting: nothing is lost.
      void boss.send(name, {}).catch((error: unknown) => log.warn({ err: error, job: name }));
  };
  const timers = [
    setInterval(tick(Object.keys(periodic) as QueueName[]), opts.intervalMs),
    setInterval(tick(['issued-pdfs']), ISSUED_PDF_INTERVAL_MS),
  ];
  for (const t of timers) t.unref();
  return {
    runOnce,
    stop: async () => {
      for (const t of timers) clearInterval(t);
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}
