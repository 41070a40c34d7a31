import { and, desc, eq, inArray, like, or, sql } from 'drizzle-orm';
import { ISSUED_PLAN_STATUSES, type Plan } from '../../domain/plans/plan';
import type { PlanRepository } from '../../domain/plans/plans.port';
import { foldVietnamese } from '../../domain/shared/text';
import type { Db } from '../database';
import { plans, units } from '../schema';
import { likeEscape } from './unit.repository';

type Row = typeof plans.$inferSelect;
const toPlan = ({ searchText: _s, ...r }: Row): Plan => ({ ...r, status: r.status });

export function planRepository(db: Db): PlanRepository {
  return {
    async get(id) {
      const [row] = await db.select().from(plans).where(eq(plans.id, id));
      return row ? toPlan(row) : null;
    },
    async find(q) {
      // Own subtree: any status. Ancestors: only what they issued, which is addressed down.
      const visible = or(
        like(units.path, `${likeEscape(q.withinPath)}%`),
        q.ancestorIds.length
          ? and(
              inArray(plans.unitId, q.ancestorIds),
              inArray(plans.status, [...ISSUED_PLAN_STATUSES]),
            )
          : undefined,
      );
      const rows = await db
        .select({
          plan: plans,
          unitName: units.name,
          unitPath: units.path,
          // Counted in the same statement, so a list cut at `limit` can say how many it left out.
          total: sql<number>`count(*) over ()`.mapWith(Number),
        })
        .from(plans)
        .innerJoin(units, eq(plans.unitId, units.id))
        .where(
          and(
            visible,
            q.status ? eq(plans.status, q.status) : undefined,
            q.statuses ? inArray(plans.status, q.statuses) : undefined,
            q.unitIds ? inArray(plans.unitId, q.unitIds) : undefined,
            q.unitId ? eq(plans.unitId, q.unitId) : undefined,
            q.derivedFromId ? eq(plans.derivedFromId, q.derivedFromId) : undefined,
            q.search ? like(plans.searchText, `%${likeEscape(q.search)}%`) : undefined,
          ),
        )
        .orderBy(desc(plans.updatedAt))
        .limit(q.limit);
      const items = rows.map(({ plan: p, unitName, unitPath }) => ({
        id: p.id,
        unitId: p.unitId,
        unitName,
        unitPath,
        status: p.status,
        number: p.number,
        bodyCode: p.bodyCode,
        issuedOn: p.issuedOn,
        title: p.title,
        periodFrom: p.periodFrom,
        periodTo: p.periodTo,
        derivedFromId: p.derivedFromId,
        phases: p.phases,
        updatedAt: p.updatedAt,
      }));
      return { items, total: rows[0]?.total ?? 0 };
    },
    async findByNumber(number, bodyCode) {
      return (
        await db
          .select()
          .from(plans)
          .where(and(eq(plans.number, number), eq(plans.bodyCode, bodyCode)))
          .orderBy(desc(plans.issuedOn))
      ).map(toPlan);
    },
    async insert(plan) {
      await db.insert(plans).values({ ...plan, searchText: foldVietnamese(plan.title) });
    },
    async update(id, expectedVersion, patch, at, changedBy) {
      const { id: _id, createdAt: _c, version: _v, ...fields } = patch;
      const editor = JSON.stringify(changedBy ? [changedBy] : []);
      const [row] = await db
        .update(plans)
        .set({
          ...fields,
          ...(fields.title !== undefined ? { searchText: foldVietnamese(fields.title) } : {}),
          version: expectedVersion + 1,
          ...(changedBy
            ? {
                editors: sql`case when ${plans.editors} @> ${editor}::jsonb then ${plans.editors} else ${plans.editors} || ${editor}::jsonb end`,
              }
            : {}),
          updatedAt: at,
        })
        .where(and(eq(plans.id, id), eq(plans.version, expectedVersion)))
        .returning();
      return row ? toPlan(row) : null;
    },
    async deleteDraft(id, expectedVersion) {
      const rows = await db
        .delete(plans)
        .where(and(eq(plans.id, id), eq(plans.version, expectedVersion), eq(plans.status, 'draft')))
        .returning({ id: plans.id });
      return rows.length > 0;
    },
    async derivedFrom(planId) {
      const rows = await db
        .select({ id: plans.id, unitId: plans.unitId, status: plans.status })
        .from(plans)
        .where(eq(plans.derivedFromId, planId));
      return rows.map((r) => ({ ...r, status: r.status }));
    },
  };
}
