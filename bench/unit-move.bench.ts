// ADR 10's figures: what a move costs when every copied unit path follows it (against the four
// columns it rewrote before), and what scoping by a join on `units` instead of the copied path
// would cost the reads that run all day (stations of a province, activities of a province).
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/db/database';
import { queryRows } from '../src/db/query-rows';
import { makeUnitOfWork } from '../src/db/repositories';
import type { BenchFigure } from './extract.bench';
import { atMost } from './goals';

const PROVINCES = 34;
const COMMUNES = 100;
const VILLAGES = 30;
const ACTIVITIES_PER_VILLAGE = 5;

async function p50(label: string, n: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const mid = samples[Math.floor(n / 2)] ?? 0;
  process.stderr.write(`  ${label}: p50 ${mid.toFixed(1)} ms\n`);
  return mid;
}

/** ~100,000 villages under 3,400 communes under 34 provinces, a station and activities each. */
async function nationalTree(database: Database): Promise<void> {
  await database.db.execute(sql`
    insert into units (id, parent_id, path, depth, name, kind, search_text, created_at, updated_at)
      values ('00000000-0000-4000-8000-000000000000', null, '/00000000-0000-4000-8000-000000000000/', 0, 'Toàn quốc', 'country', 'toan quoc', now(), now())`);
  await database.db.execute(sql`
    with p as (select gen_random_uuid() id, g from generate_series(1, ${PROVINCES}::int) g),
    ins_p as (insert into units (id, parent_id, path, depth, name, kind, search_text, created_at, updated_at)
      select id, '00000000-0000-4000-8000-000000000000', '/00000000-0000-4000-8000-000000000000/' || id || '/', 1, 'Tỉnh ' || g, 'province', 'tinh ' || g, now(), now() from p returning id, path),
    c as (select gen_random_uuid() id, ins_p.id pid, ins_p.path ppath, g from ins_p, generate_series(1, ${COMMUNES}::int) g),
    ins_c as (insert into units (id, parent_id, path, depth, name, kind, search_text, created_at, updated_at)
      select id, pid, ppath || id || '/', 2, 'Xã ' || g, 'commune', 'xa ' || g, now(), now() from c returning id, path),
    v as (select gen_random_uuid() id, ins_c.id pid, ins_c.path ppath, g from ins_c, generate_series(1, ${VILLAGES}::int) g)
    insert into units (id, parent_id, path, depth, name, kind, search_text, created_at, updated_at)
      select id, pid, ppath || id || '/', 3, 'Thôn ' || g, 'village', 'thon ' || g, now(), now() from v`);
  await database.db.execute(sql`
    insert into stations (id, unit_id, unit_path, name, kind, zones, created_at)
      select gen_random_uuid(), id, path, 'Cụm loa', 'loudspeaker', '[]', now() from units where depth = 3`);
  await database.db.execute(sql`
    insert into activities (id, unit_id, unit_path, occurred_on, channel, category_code, quantity, measure_unit, source, created_at)
      select gen_random_uuid(), u.id, u.path, date '2026-04-01' + g, 'loudspeaker',
             (select code from activity_categories limit 1), 1, 'lượt', 'manual', now()
        from units u, generate_series(1, ${ACTIVITIES_PER_VILLAGE}::int) g where u.depth = 3`);
  await database.db.execute(sql`analyze`);
}

/** The move as it was: units and the four tables it knew of. */
async function oldMove(database: Database, oldPath: string, newPath: string): Promise<void> {
  await database.db.transaction(async (tx) => {
    for (const [table, column] of [
      ['activities', 'unit_path'],
      ['tasks', 'assignee_path'],
      ['task_periods', 'assignee_path'],
      ['audit_log', 'unit_path'],
      ['units', 'path'],
    ]) {
      const col = sql.identifier(column ?? '');
      await tx.execute(
        sql`update ${sql.identifier(table ?? '')} set ${col} = ${newPath} || substr(${col}, ${oldPath.length + 1}) where ${col} like ${`${oldPath}%`}`,
      );
    }
  });
}

export async function run(): Promise<BenchFigure[]> {
  const database = await openDatabase({ dataDir: null });
  await database.migrate();
  await nationalTree(database);
  const rows = (text: string) =>
    queryRows<{ id: string; path: string }>(database.db, sql.raw(text));
  const provinces = await rows(`select id, path from units where depth = 1 order by name`);
  const [a, b] = [provinces[0], provinces[1]];
  if (!a || !b) throw new Error('no provinces');
  const uow = makeUnitOfWork(database.db);
  // A commune moves back and forth between two provinces, then a whole province under another.
  const [commune] = await rows(`select id, path from units where parent_id = '${a.id}' limit 1`);
  if (!commune) throw new Error('no commune');
  const moveCommune = (kind: 'old' | 'new') => async (i: number) => {
    const [from, to] = i % 2 === 0 ? [a, b] : [b, a];
    const oldPath = `${from.path}${commune.id}/`;
    const newPath = `${to.path}${commune.id}/`;
    if (kind === 'old') return oldMove(database, oldPath, newPath);
    return uow.transaction((repos) =>
      repos.units.moveSubtree(commune.id, to.id, oldPath, newPath, new Date()),
    );
  };
  const communeOld = await p50('move a commune, 4 path columns (before)', 10, moveCommune('old'));
  const communeNew = await p50('move a commune, every path column (after)', 10, moveCommune('new'));
  const country = '00000000-0000-4000-8000-000000000000';
  const province = await p50('move a province, every path column (after)', 2, (i) => {
    const under = `${b.path}${a.id}/`;
    const [oldPath, newPath, parent] =
      i % 2 === 0 ? [a.path, under, b.id] : [under, a.path, country];
    return uow.transaction((repos) =>
      repos.units.moveSubtree(a.id, parent, oldPath, newPath, new Date()),
    );
  });
  const scoped = (byJoin: boolean, table: string) => () =>
    queryRows(
      database.db,
      sql.raw(
        byJoin
          ? `select count(*) from ${table} t join units u on u.id = t.unit_id where u.path like '${b.path}%'`
          : `select count(*) from ${table} where unit_path like '${b.path}%'`,
      ),
    );
  const stationsPath = await p50(
    'stations of a province, by copied path',
    20,
    scoped(false, 'stations'),
  );
  const stationsJoin = await p50(
    'stations of a province, by join on units',
    20,
    scoped(true, 'stations'),
  );
  const activitiesPath = await p50(
    'activities of a province, by copied path',
    20,
    scoped(false, 'activities'),
  );
  const activitiesJoin = await p50(
    'activities of a province, by join on units',
    20,
    scoped(true, 'activities'),
  );
  await database.close();
  return [
    // An officer moving a commune waits for the answer; a province is a rare, planned change.
    atMost('move a commune (31 units), old 4 path columns, p50', communeOld, 'ms', 1000),
    atMost('move a commune (31 units), all 14 path columns, p50', communeNew, 'ms', 1000),
    atMost('move a province (3,101 units), all 14 path columns, p50', province, 'ms', 30_000),
    // Reads of a province's rows, by the copied path and by a join: both inside a page's time.
    atMost('stations of a province (3,000 of 102,000), copied path, p50', stationsPath, 'ms', 200),
    atMost('stations of a province, join on units instead, p50', stationsJoin, 'ms', 200),
    atMost(
      'activities of a province (15,000 of 510,000), copied path, p50',
      activitiesPath,
      'ms',
      200,
    ),
    atMost('activities of a province, join on units instead, p50', activitiesJoin, 'ms', 200),
  ];
}
