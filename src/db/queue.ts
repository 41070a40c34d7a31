import PgBoss from 'pg-boss';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './db';
import { queryRows } from './query-rows';

/** pg-boss's tables live in their own schema of Loa's database, on either engine (ADR 33). */
export const QUEUE_SCHEMA = 'pgboss';

/** Runs SQL text with $n parameters: pg-boss's one way to reach a database. */
export type ExecuteSql = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;

/**
 * The queues and how each retries. Mail is tried again with a growing delay (1 min, 2, 4, …, about
 * 4 h in all) before it is given up, so an SMTP server down for a morning loses nothing. A periodic
 * job's queue holds at most one waiting and one running ('stately'): a run that takes longer than
 * its period is never overlapped by the next, on this instance or another.
 */
export const QUEUES = {
  mail: { policy: 'standard', retryLimit: 8, retryDelay: 60, retryBackoff: true },
  'report-reminders': { policy: 'stately', retryLimit: 0 },
  'milestone-reminders': { policy: 'stately', retryLimit: 0 },
  'mail-digest': { policy: 'stately', retryLimit: 0 },
  'issued-pdfs': { policy: 'stately', retryLimit: 0 },
} as const satisfies Record<string, Omit<PgBoss.Queue, 'name'>>;

export type QueueName = keyof typeof QUEUES;

/** pg-boss takes plain values and lists; an object (a queue's options) is sent as JSON. */
const param = (v: unknown): unknown =>
  v !== null && typeof v === 'object' && !(v instanceof Date) && !Array.isArray(v)
    ? JSON.stringify(v)
    : (v ?? null);

/**
 * pg-boss's SQL run through a Drizzle database or transaction, so a job is written in the same
 * transaction as the change it follows (mail of a submitted report commits with the report, or
 * not at all). Only parameterised single statements go this way: `$n` becomes a bound parameter.
 */
export function executorOf(db: Db): PgBoss.Db {
  return {
    // pg-boss calls it without values for statements that take none, whatever its types say.
    executeSql: async (text: string, values?: unknown[]) => {
      const chunks: SQL[] = [];
      let last = 0;
      for (const m of text.matchAll(/\$(\d+)/g)) {
        // sql.param: a list stays one parameter (a template would spread it).
        chunks.push(
          sql.raw(text.slice(last, m.index)),
          sql`${sql.param(param(values?.[Number(m[1]) - 1]))}`,
        );
        last = m.index + m[0].length;
      }
      chunks.push(sql.raw(text.slice(last)));
      return { rows: await queryRows(db, sql.join(chunks)) };
    },
  };
}

/** A pg-boss that is never started: it only writes jobs, through the executor each call names. */
const writer = new PgBoss({
  schema: QUEUE_SCHEMA,
  db: {
    executeSql: () => Promise.reject(new Error('Hãy ghi việc qua một giao dịch (executorOf).')),
  },
});

/** Puts jobs on a queue inside the caller's transaction. */
export async function enqueue(db: Db, name: QueueName, items: object[]): Promise<void> {
  if (items.length === 0) return;
  await writer.insert(
    items.map((data) => ({ name, data })),
    { db: executorOf(db) },
  );
}

/**
 * Installs pg-boss's schema when it is missing and makes Loa's queues; safe to run again and from
 * several instances at once (pg-boss takes its own advisory lock). Part of every migration.
 */
export async function installQueues(executeSql: ExecuteSql): Promise<void> {
  const boss = new PgBoss({ schema: QUEUE_SCHEMA, db: { executeSql: typedExecute(executeSql) } });
  // pg-boss types the answer as a boxed Boolean; valueOf() reads it as the boolean it is.
  if (!(await boss.isInstalled()).valueOf())
    await executeSql(PgBoss.getConstructionPlans(QUEUE_SCHEMA));
  for (const [name, options] of Object.entries(QUEUES))
    await boss.createQueue(name, { name, ...options });
}

/** An executor as pg-boss types it. */
export const typedExecute =
  (executeSql: ExecuteSql): PgBoss.Db['executeSql'] =>
  async (text: string, values?: unknown[]) =>
    executeSql(
      text,
      (values ?? []).map((v) => param(v)),
    );
