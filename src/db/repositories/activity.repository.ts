import {
  and,
  count,
  desc,
  eq,
  getTableColumns,
  gte,
  like,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Activity, ActivityCategory } from '../../domain/activities/activity';
import type {
  ActivityRepository,
  CategoryRepository,
  FigureRow,
} from '../../domain/activities/activities.port';
import { approxOfRank, canonicalChannels } from '../../domain/activities/figures';
import { CHANNELS, type Channel } from '../../domain/plans/plan';
import type { Db } from '../db';
import { queryRows } from '../query-rows';
import { activities, activityCategories, units } from '../schema';
import { likeEscape } from './unit.repository';

type Row = typeof activities.$inferSelect;
const toActivity = (r: Row): Activity => ({
  ...r,
  channel: r.channel,
  source: r.source,
});

/** A grouped row as the database returns it: counts may come back as text (bigint). */
type RawFigure = Omit<FigureRow, 'quantity' | 'entries' | 'channels' | 'approx'> & {
  extraChannels: Channel[] | string | null;
  approxRank: string | number | null;
  quantity: string | number;
  entries: string | number;
};
const toFigureRow = <T extends RawFigure>({ extraChannels, approxRank, ...r }: T) => {
  const extra: unknown =
    typeof extraChannels === 'string' ? JSON.parse(extraChannels) : (extraChannels ?? []);
  const channels = canonicalChannels([
    r.channel,
    ...(Array.isArray(extra) ? extra.filter((c): c is Channel => isChannel(c)) : []),
  ]);
  return {
    ...r,
    channel: channels[0] ?? r.channel,
    channels,
    outlet: r.outlet ?? null,
    approx: approxOfRank(Number(approxRank ?? 0)),
    quantity: Number(r.quantity),
    entries: Number(r.entries),
  };
};
const isChannel = (c: unknown): c is Channel =>
  typeof c === 'string' && (CHANNELS as readonly string[]).includes(c);
/** Rows per insert: one JSON parameter each, so the size of a statement is not a count of parameters. */
const BATCH = 5000;

/** Every column of `activities`, by the key Activity uses, its name and its type in SQL. */
const COLUMNS = Object.entries(getTableColumns(activities)).map(([key, c]) => ({
  key,
  name: c.name,
  type: c.getSQLType(),
}));

/** An activity as its row holds it: every column present, the optional ones as null. */
const stored = (a: Activity): Activity => ({
  ...a,
  areaUnitId: a.areaUnitId ?? null,
  extraChannels: a.extraChannels ?? [],
  outlet: a.outlet ?? null,
  approx: a.approx ?? null,
  batchId: a.batchId ?? null,
  photoKey: a.photoKey ?? null,
  photoType: a.photoType ?? null,
});

/** A value as its column's array parameter holds it: JSON as text, a moment as ISO text. */
const cell = (value: unknown, type: string): unknown => {
  if (value === null || value === undefined) return null;
  if (type === 'jsonb') return JSON.stringify(value);
  return value instanceof Date ? value.toISOString() : value;
};

/**
 * Inserts activities sent as one array per column, read back into rows by `unnest`: an import
 * of 100,000 rows is twenty statements of one parameter per column, where a parameter per value
 * cost more to build than the database took to insert them, and PostgreSQL reads arrays of
 * 5,000 values in about a third of the time it reads the same rows as JSON. A row already there
 * (the same id, or the same unit and external reference) is skipped; the ids inserted come back.
 */
const insertRows = (rows: Activity[]): SQL => {
  const names = sql.raw(COLUMNS.map((c) => c.name).join(', '));
  const columns = COLUMNS.map(
    (c) =>
      sql`${sql.param(rows.map((r) => cell(r[c.key as keyof Activity], c.type)))}::${sql.raw(c.type)}[]`,
  );
  return sql`insert into activities (${names})
    select * from unnest(${sql.join(columns, sql`, `)})
    on conflict do nothing returning id`;
};
const areas = alias(units, 'areas');

/**
 * Quantities over a subtree and range, grouped by channel, category and measure (and `child`):
 * the category names are joined afterwards, onto the few grouped rows, which keeps the scan
 * itself as lean as the hand-written query and lets PostgreSQL aggregate in parallel.
 */
const grouped = (child: SQL | null, path: string, from: string, to: string): SQL => sql`
  select ${child ?? sql``} a.channel, a.extra_channels, a.outlet, a.category_code, a.measure_unit,
    sum(a.quantity)::bigint as quantity, count(*)::bigint as entries,
    max(case a.approx when 'at_least' then 1 when 'over' then 2 when 'about' then 3 else 0 end) as approx_rank
  from activities a
  where a.unit_path like ${`${likeEscape(path)}%`} and a.occurred_on between ${from}::date and ${to}::date
  group by ${child ? sql`1, 2, 3, 4, 5, 6` : sql`1, 2, 3, 4, 5`}`;

/**
 * Runs a figures query with room to aggregate in memory. PostgreSQL cannot estimate how few
 * groups six columns (one of them jsonb) make: at national scale it expects 565,000 where there
 * are 263. The statistics on the columns' combination (migration 0015) bring the estimate down,
 * but the child (a part of the path) stays unknown to it, and a hash it believes that large
 * does not fit 64 MB: it sorts 5 million rows instead (6.0 s) of hashing them on three cores
 * (2.2 s). The memory is a ceiling for this statement only, not an allocation: the hash of a few
 * hundred groups stays small.
 */
function roomyAggregate<T>(db: Db, run: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local work_mem = '256MB'`);
    return run(tx);
  });
}

export function activityRepository(db: Db): ActivityRepository {
  return {
    async insertMany(items) {
      const inserted: Activity[] = [];
      for (let i = 0; i < items.length; i += BATCH) {
        const chunk = items.slice(i, i + BATCH).map(stored);
        const rows = await queryRows<{ id: string }>(db, insertRows(chunk));
        const kept = new Set(rows.map((r) => r.id));
        inserted.push(...chunk.filter((a) => kept.has(a.id)));
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
        // A figure over several channels is found under any of them.
        q.channel
          ? or(
              eq(activities.channel, q.channel),
              sql`${activities.extraChannels} @> jsonb_build_array(${q.channel}::text)`,
            )
          : undefined,
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
      const rows = await roomyAggregate(db, (tx) =>
        queryRows<RawFigure>(
          tx,
          sql`select f.channel, f.extra_channels as "extraChannels", f.outlet, f.category_code as "categoryCode",
              c.name as "categoryName", f.measure_unit as "measureUnit", f.quantity, f.entries, f.approx_rank as "approxRank"
            from (${grouped(null, q.withinPath, q.from, q.to)}) f join activity_categories c on c.code = f.category_code
            order by f.channel, f.category_code, f.outlet nulls first`,
        ),
      );
      return rows.map(toFigureRow);
    },
    async figuresByChild(q) {
      const rows = await roomyAggregate(db, (tx) =>
        queryRows<RawFigure & { childId: string }>(
          tx,
          sql`select f.child as "childId", f.channel, f.extra_channels as "extraChannels", f.outlet, f.category_code as "categoryCode",
              c.name as "categoryName", f.measure_unit as "measureUnit", f.quantity, f.entries, f.approx_rank as "approxRank"
            from (${grouped(sql`split_part(a.unit_path, '/', ${q.depth + 3}) as child,`, q.path, q.from, q.to)}) f
            join activity_categories c on c.code = f.category_code`,
        ),
      );
      return rows.map(toFigureRow);
    },
    async entriesByWeek(q) {
      const rows = await queryRows<{
        weekStart: string;
        channel: string;
        entries: string | number;
      }>(
        db,
        sql`select to_char(date_trunc('week', a.occurred_on), 'YYYY-MM-DD') as "weekStart", a.channel,
              count(*)::bigint as entries
            from activities a
            where a.unit_path like ${`${likeEscape(q.withinPath)}%`}
              and a.occurred_on between ${q.from}::date and ${q.to}::date
            group by 1, 2 order by 1, 2`,
      );
      return rows.flatMap((r) =>
        isChannel(r.channel)
          ? [{ weekStart: r.weekStart, channel: r.channel, entries: Number(r.entries) }]
          : [],
      );
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
