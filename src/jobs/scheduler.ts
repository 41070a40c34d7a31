import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/db';
import { makeRepos } from '../db/repositories';
import type { Deps, Reads } from '../domain/deps';
import { deliverMail } from '../domain/notifications/notify';
import { issuedPdfsOf } from '../documents/issued-pdf';
import { withJobLock } from '../db/job-lock';
import { runReportReminders } from './report-reminders.job';
import { runMailDigest } from './mail-digest.job';
import { runMilestoneReminders } from './milestone-reminders.job';

const ISSUED_PDF_INTERVAL_MS = 30_000;

export interface Scheduler {
  /** Runs every job once now (tests and `loa jobs run`). */
  runOnce(): Promise<Record<string, { ran: boolean }>>;
  stop(): void;
}

/** The in-process job runner: each job on an interval, each run under its advisory lock. */
export function startScheduler(
  db: Db,
  deps: Reads<
    | 'plans'
    | 'issuedDocuments'
    | 'certificates'
    | 'users'
    | 'units'
    | 'reports'
    | 'activities'
    | 'obligations'
    | 'claims'
    | 'tasks'
    | 'groups'
  > &
    Pick<Deps, 'clock' | 'ids' | 'mailer' | 'storage' | 'vault'>,
  log: FastifyBaseLogger,
  opts: { intervalMs: number; start: boolean },
): Scheduler {
  const jobs: Record<string, () => Promise<{ ran: boolean }>> = {
    'report-reminders': async () => {
      const outcome = await withJobLock(db, 'report-reminders', (tx) =>
        runReportReminders(makeRepos(tx), deps),
      );
      if (outcome.result)
        await deliverMail(deps, outcome.result.mail, (e) =>
          log.warn({ err: e }, 'reminder mail failed'),
        );
      return { ran: outcome.ran };
    },
    'milestone-reminders': async () => {
      const outcome = await withJobLock(db, 'milestone-reminders', (tx) =>
        runMilestoneReminders(makeRepos(tx), deps),
      );
      if (outcome.result)
        await deliverMail(deps, outcome.result.mail, (e) =>
          log.warn({ err: e }, 'milestone mail failed'),
        );
      return { ran: outcome.ran };
    },
    'mail-digest': async () => {
      if (!deps.mailer) return { ran: false };
      const outcome = await withJobLock(db, 'mail-digest', (tx) =>
        runMailDigest(makeRepos(tx), deps.clock.now()),
      );
      if (outcome.result)
        await deliverMail(deps, outcome.result, (e) => log.warn({ err: e }, 'digest mail failed'));
      return { ran: outcome.ran };
    },
  };
  const runOnce = async () => {
    const out: Record<string, { ran: boolean }> = {};
    for (const [name, job] of Object.entries(jobs)) {
      try {
        out[name] = await job();
      } catch (error) {
        log.warn({ err: error, job: name }, 'job failed; it will run again at the next tick');
        out[name] = { ran: false };
      }
    }
    return out;
  };
  const timer = opts.start ? setInterval(() => void runOnce(), opts.intervalMs) : null;
  timer?.unref();
  // An issued document's PDF is wanted soon after issue, not at the next hourly tick; the same
  // pass tries again what failed (LibreOffice missing, say). A download makes one at once anyway.
  const pdfTimer = opts.start
    ? setInterval(
        () =>
          void issuedPdfsOf(deps)
            .drain()
            .catch((error: unknown) =>
              log.warn({ err: error }, 'issued PDFs: the pass failed; the next one tries again'),
            ),
        ISSUED_PDF_INTERVAL_MS,
      )
    : null;
  pdfTimer?.unref();
  return {
    runOnce,
    stop: () => {
      if (timer) clearInterval(timer);
      if (pdfTimer) clearInterval(pdfTimer);
    },
  };
}
