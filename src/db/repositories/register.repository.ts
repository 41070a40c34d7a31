import { and, asc, eq, sql } from 'drizzle-orm';
import type { RegisterEntry, RegisterRepository } from '../../domain/registers/register.port';
import type { Db } from '../database';
import { registerCounters, registerEntries } from '../schema';

const toEntry = (r: typeof registerEntries.$inferSelect): RegisterEntry => ({
  ...r,
  status: r.status,
});

export function registerRepository(db: Db): RegisterRepository {
  const key = (unitId: string, year: number, typeCode: string) =>
    and(
      eq(registerEntries.unitId, unitId),
      eq(registerEntries.year, year),
      eq(registerEntries.typeCode, typeCode),
    );
  return {
    async advance(unitId, year, typeCode) {
      // One statement: the upsert row-locks the counter, so concurrent issuers queue, never collide.
      const [row] = await db
        .insert(registerCounters)
        .values({ unitId, year, typeCode, lastNumber: 1 })
        .onConflictDoUpdate({
          target: [registerCounters.unitId, registerCounters.year, registerCounters.typeCode],
          set: { lastNumber: sql`${registerCounters.lastNumber} + 1` },
        })
        .returning({ n: registerCounters.lastNumber });
      return row?.n ?? 1;
    },
    async raiseTo(unitId, year, typeCode, number) {
      await db
        .insert(registerCounters)
        .values({ unitId, year, typeCode, lastNumber: number })
        .onConflictDoUpdate({
          target: [registerCounters.unitId, registerCounters.year, registerCounters.typeCode],
          set: { lastNumber: sql`greatest(${registerCounters.lastNumber}, ${number})` },
        });
    },
    async get(unitId, year, typeCode, number) {
      const [row] = await db
        .select()
        .from(registerEntries)
        .where(and(key(unitId, year, typeCode), eq(registerEntries.number, number)));
      return row ? toEntry(row) : null;
    },
    async tryInsert(entry) {
      // ON CONFLICT DO NOTHING: a taken number must not abort the surrounding transaction.
      const rows = await db
        .insert(registerEntries)
        .values(entry)
        .onConflictDoNothing()
        .returning({ id: registerEntries.id });
      return rows.length === 1;
    },
    async markUsed(id, entityId) {
      await db
        .update(registerEntries)
        .set({ status: 'used', entityId })
        .where(eq(registerEntries.id, id));
    },
    async list(unitId, year, typeCode) {
      return (
        await db
          .select()
          .from(registerEntries)
          .where(key(unitId, year, typeCode))
          .orderBy(asc(registerEntries.number))
      ).map(toEntry);
    },
  };
}
