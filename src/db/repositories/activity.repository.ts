import { and, count, desc, eq, gte, like, lte, sql } from 'drizzle-orm';
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
          .select({ a: activities, unitName: units.name, categoryName: activityCategories.name })
          .from(activities)
          .innerJoin(units, eq(activities.unitId, units.id))
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
        sql`select a.channel, a.category_code as "categoryCode", c.name as "categoryName", a.measure_unit as "measureUnit",
              sum(a.quantity)::bigint as quantity, count(*)::bigint as entries
            from activities a join activity_categories c on c.code = a.category_code
            where a.unit_path like ${`${likeEscape(q.withinPath)}%`} and a.occurred_on between ${q.from} and ${q.to}
            group by 1, 2, 3, 4 order by 1, 2`,
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
        sql`select split_part(a.unit_path, '/', ${q.depth + 3}) as "childId", a.channel, a.category_code as "categoryCode",
              c.name as "categoryName", a.measure_unit as "measureUnit", sum(a.quantity)::bigint as quantity, count(*)::bigint as entries
            from activities a join activity_categories c on c.code = a.category_code
            where a.unit_path like ${`${likeEscape(q.path)}%`} and a.occurred_on between ${q.from} and ${q.to}
            group by 1, 2, 3, 4, 5`,
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
