import type { SQL } from 'drizzle-orm';
import type { Db } from './db';

/** Runs raw SQL and returns its rows on either engine (their result shapes differ slightly). */
export async function queryRows<T extends Record<string, unknown>>(
  db: Db,
  query: SQL,
): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as T[];
  return (result as { rows?: T[] }).rows ?? [];
}
