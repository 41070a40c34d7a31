import { and, eq, isNull, lt } from 'drizzle-orm';
import type {
  IdempotencyRepository,
  IdempotentRequest,
} from '../../domain/idempotency/idempotency.port';
import type { Db } from '../database';
import { idempotencyKeys } from '../schema';

export function idempotencyRepository(db: Db): IdempotencyRepository {
  const byKey = (userId: string, key: string) =>
    and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key));
  return {
    async reserve(row) {
      const inserted = await db
        .insert(idempotencyKeys)
        .values(row)
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key });
      return inserted.length > 0;
    },
    async find(userId, key): Promise<IdempotentRequest | null> {
      const [row] = await db.select().from(idempotencyKeys).where(byKey(userId, key));
      return row ?? null;
    },
    async retake(row, staleBefore) {
      const taken = await db
        .update(idempotencyKeys)
        .set({ createdAt: row.createdAt })
        .where(
          and(
            byKey(row.userId, row.key),
            eq(idempotencyKeys.requestHash, row.requestHash),
            isNull(idempotencyKeys.responseStatus),
            lt(idempotencyKeys.createdAt, staleBefore),
          ),
        )
        .returning({ key: idempotencyKeys.key });
      return taken.length > 0;
    },
    async complete(userId, key, status, body) {
      await db
        .update(idempotencyKeys)
        .set({ responseStatus: status, responseBody: body })
        .where(byKey(userId, key));
    },
    async release(userId, key) {
      await db
        .delete(idempotencyKeys)
        .where(and(byKey(userId, key), isNull(idempotencyKeys.responseStatus)));
    },
  };
}
