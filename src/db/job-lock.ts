import { sql } from 'drizzle-orm';
import type { Db } from './db';
import { queryRows } from './query-rows';

/** A stable 32-bit key for a job name, for pg_try_advisory_xact_lock. */
export function lockKey(name: string): number {
  let h = 0x811c9dc5;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h | 0;
}

/**
 * Runs `work` in one transaction holding the job's advisory lock, or not at all when another
 * app instance holds it: with many instances behind a load balancer, each run happens once.
 */
export async function withJobLock<T>(
  db: Db,
  name: string,
  work: (tx: Db) => Promise<T>,
): Promise<{ ran: boolean; result?: T }> {
  return db.transaction(async (tx) => {
    const [row] = await queryRows<{ locked: boolean }>(
      tx,
      sql`select pg_try_advisory_xact_lock(${lockKey(name)}) as locked`,
    );
    if (!row?.locked) return { ran: false };
    return { ran: true, result: await work(tx) };
  });
}
