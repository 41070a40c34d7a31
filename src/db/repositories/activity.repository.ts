import { and, count, desc, eq, gte, like, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Activity, ActivityCategory, ActivitySource } from '../../domain/activities/activity';
import type {
  ActivityRepository,
  CategoryRepository,
  FigureRow,
} from '../../domain/activities/activities.port';
import type { Channel } from '../../domain/plans/plan';
import type { Db } from '../db';
import { queryRows } from '../query-rows';
import { activities, activityCategories, units } from '../schema';
import { likeEscape } from './unit.repository';

type Row = typeof activities.$inferSelect;
const toActivity = (r: Row): Activity => ({
  ...r,
  channel: r.channel as Channel,
  source: r.source as ActivitySource,
});
const BATCH = 1000;
const areas = alias(units, 'areas');

/**
 * Quantities over a subtree and range, grouped by channel, category and measure (and `child`):
 * the category names are joined afterwards, onto the few grouped rows, which keeps the scan
 * itself as lean as the hand-written query and lets PostgreSQL aggregate in parallel.
 */
const grouped = (child: SQL | null, path: string, from: string, to: string): SQL => sql`
  select ${child ?? sql``} a.channel, a.category_code, a.measure_unit, sum(a.quantity)::bigint as quantity, count(*)::bigint as entries
  from activities a
  where a.unit_path like ${`${likeEscape(path)}%`} and a.occurred_on between ${from}::date and ${to}::date
  group by ${child ? sql`1, 2, 3, 4` : sql`1, 2, 3`}`;

export function activityRepository(db: Db): ActivityRepository {
  return {
    async insertMany(items) {
      const inserted: Activity[] = [];
      for (let i = 0; i < items.length; i += BATCH) {
        const rows = await db
          .insert(activities)
          .values(items.slice(i, i + BATCH))
          .onConflictDoNothing()
          .returning();
        inserted.push(...rows.map(toActivity));
      }
      return inserted;
    },
    async get(id) {
      const [row] = await db.select().from(activities).where(eq(activities.id, id));
      return row ? toActivity(row) : null;
    },
    async setPhoto(id, key, mediaType) {
      await db
        .update(activities)
        .set({ photoKey: key, photoType: mediaType })
        .where(eq(activities.id, id));
    },
    async delete(id) {
      await db.delete(activities).where(eq(activities.id, id));
    },
    async find(q) {
      const where = and(
        like(activities.unitPath, `${likeEscape(q.withinPath)}%`),
        q.unitId ? eq(activities.unitId, q.unitId) : undefined,
        q.from ? gte(activities.occurredOn, q.from) : undefined,
        q.to ? lte(activities.occurredOn, q.to) : undefined,
        q.channel ? eq(activities.channel, q.channel) : undefined,
        q.categoryCode ? eq(activities.categoryCode, q.categoryCode) : undefined,
      );
      const [rows, [total]] = await Promise.all([
        db
          .select({
            a: activities,
            unitName: units.name,
            areaName: areas.name,
            categoryName: activityCategories.name,
          })
          .from(activities)
          .innerJoin(units, eq(activities.unitId, units.id))
          .leftJoin(areas, eq(activities.areaUnitId, areas.id))
          .innerJoin(activityCategories, eq(activities.categoryCode, activityCategories.code))
          .where(where)
          .orderBy(desc(activities.occurredOn), desc(activities.createdAt))
          .limit(q.limit)
          .offset(q.offset),
        db.select({ n: count() }).from(activities).where(where),
      ]);
      return {
        items: rows.map((r) => ({
          ...toActivity(r.a),
          unitName: r.unitName,
          areaName: r.areaName,
          categoryName: r.categoryName,
        })),
        total: total?.n ?? 0,
      };
    },
    async figures(q) {
      const rows = await queryRows<
        Omit<FigureRow, 'quantity' | 'entries'> & {
          quantity: string | number;
          entries: string | number;
        }
      >(
        db,
        sql`select f.channel, f.category_code as "categoryCode", c.name as "categoryName", f.measure_unit as "measureUnit", f.quantity, f.entries
            from (${grouped(null, q.withinPath, q.from, q.to)}) f join activity_categories c on c.code = f.category_code
            order by 1, 2`,
      );
      return rows.map((r) => ({ ...r, quantity: Number(r.quantity), entries: Number(r.entries) }));
    },
    async figuresByChild(q) {
      const rows = await queryRows<
        Omit<FigureRow, 'quantity' | 'entries'> & {
          childId: string;
          quantity: string | number;
          entries: string | number;
        }
      >(
        db,
        sql`select f.child as "childId", f.channel, f.category_code as "categoryCode", c.name as "categoryName",
              f.measure_unit as "measureUnit", f.quantity, f.entries
            from (${grouped(sql`split_part(a.unit_path, '/', ${q.depth + 3}) as child,`, q.path, q.from, q.to)}) f
            join activity_categories c on c.code = f.category_code`,
      );
      return rows.map((r) => ({ ...r, quantity: Number(r.quantity), entries: Number(r.entries) }));
    },
  };
}

export function categoryRepository(db: Db): CategoryRepository {
  const toCategory = (r: typeof activityCategories.$inferSelect): ActivityCategory => r;
  return {
    async list() {
      return (await db.select().from(activityCategories).orderBy(activityCategories.name)).map(
        toCategory,
      );
    },
    async get(code) {
      const [row] = await db
        .select()
        .from(activityCategories)
        .where(eq(activityCategories.code, code));
      return row ? toCategory(row) : null;
    },
    async insert(category) {
      const rows = await db
        .insert(activityCategories)
        .values(category)
        .onConflictDoNothing()
        .returning({ code: activityCategories.code });
      return rows.length === 1;
    },
  };
}
