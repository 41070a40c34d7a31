import { and, desc, eq, gte, like, lte, sql } from 'drizzle-orm';
import type { AuditRepository } from '../../domain/audit/audit.port';
import type { Db } from '../database';
import { auditLog, units } from '../schema';
import { likeEscape } from './unit.repository';

export function auditRepository(db: Db): AuditRepository {
  return {
    async record(e) {
      await db.insert(auditLog).values({
        ...e,
        unitPath: e.unitId
          ? sql`(select ${units.path} from ${units} where ${units.id} = ${e.unitId})`
          : null,
      });
    },
    async find(q) {
      const where = and(
        like(auditLog.unitPath, `${likeEscape(q.withinPath)}%`),
        q.entity ? eq(auditLog.entity, q.entity) : undefined,
        q.actorId ? eq(auditLog.actorId, q.actorId) : undefined,
        q.action ? eq(auditLog.action, q.action) : undefined,
        q.from ? gte(auditLog.at, q.from) : undefined,
        q.to ? lte(auditLog.at, q.to) : undefined,
      );
      const [rows, [count]] = await Promise.all([
        db
          .select({ entry: auditLog, unitName: units.name })
          .from(auditLog)
          .leftJoin(units, eq(auditLog.unitId, units.id))
          .where(where)
          .orderBy(desc(auditLog.at), desc(auditLog.id))
          .limit(q.limit)
          .offset(q.offset),
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(auditLog)
          .where(where),
      ]);
      return {
        items: rows.map(({ entry: { unitPath: _p, ...e }, unitName }) => ({
          ...e,
          changes: (e.changes ?? {}) as Record<string, unknown>,
          unitName,
        })),
        total: count?.n ?? 0,
      };
    },
  };
}
