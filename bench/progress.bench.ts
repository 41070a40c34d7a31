// Compliance roll-ups, phase-summary figures and bulk import at national scale (~5 million
// activities), through the API side by side with the best direct SQL for the same numbers.
// Needs PostgreSQL: LOA_BENCH_DATABASE_URL (a database made by `loa seed --national`), or
// DATABASE_URL, on whose server a database `loa_bench_national` is created and seeded once.
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/database';
import { queryRows } from '../src/db/query-rows';
import { seedNational } from '../src/db/seed/national';
import { CAMPAIGN } from '../src/db/seed/national-campaign.sql';
import { buildApp } from '../src/server/app';
import { createDeps, WEB_DIST } from '../src/server/main';
import type { BenchFigure } from './extract.bench';
import { atMost } from './goals';

async function p50(n: number, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b)[Math.floor(n / 2)] ?? 0;
}

async function nationalDatabase(): Promise<Database | null> {
  const explicit = process.env.LOA_BENCH_DATABASE_URL;
  if (explicit) return openDatabase({ url: explicit, dataDir: null });
  const base = process.env.DATABASE_URL;
  if (!base) return null;
  const url = new URL(base);
  url.pathname = '/loa_bench_national';
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const exists =
    (await admin.query("select 1 from pg_database where datname = 'loa_bench_national'"))
      .rowCount === 1;
  if (!exists) await admin.query('create database loa_bench_national');
  await admin.end();
  const db = await openDatabase({ url: url.toString(), dataDir: null });
  await db.migrate();
  const [n] = await queryRows<{ n: number }>(db.db, sql`select count(*)::int as n from units`);
  if (!n?.n) {
    process.stderr.write('  seeding the national data set (once)…\n');
    await seedNational(db.db, createDeps(db, { smtpUrl: undefined, mailFrom: 'x' }), {
      scale: Number(process.env.LOA_BENCH_SCALE ?? '1'),
      log: (l) => process.stderr.write(`${l}\n`),
    });
  }
  return db;
}

const complianceSql = (path: string, depth: number) => sql`
  select split_part(assignee_path, '/', ${depth + 3}) as child,
    count(*) filter (where done >= required and (kind <> 'once' or first_done_on <= period_to)) as on_time,
    count(*) filter (where done >= required and kind = 'once' and (first_done_on is null or first_done_on > period_to)) as late,
    count(*) filter (where done < required and period_to >= current_date) as in_window,
    count(*) filter (where done < required and period_to < current_date) as overdue
  from task_periods where assignee_path like ${`${path}%`} and period_to between ${CAMPAIGN.from}::date and ${CAMPAIGN.to}::date group by 1`;

const figuresSql = (path: string, depth: number) => sql`
  select split_part(unit_path, '/', ${depth + 3}) as child, channel, category_code, measure_unit, sum(quantity), count(*)
  from activities where unit_path like ${`${path}%`} and occurred_on between ${CAMPAIGN.from}::date and ${CAMPAIGN.to}::date group by 1, 2, 3, 4`;

export async function run(): Promise<BenchFigure[]> {
  const database = await nationalDatabase();
  if (!database) {
    process.stderr.write('  progress bench skipped: set DATABASE_URL (PostgreSQL) to run it\n');
    return [
      {
        figure: 'national progress benchmarks (need PostgreSQL: set DATABASE_URL)',
        value: 0,
        unit: '',
        goal: null,
        pass: null,
      },
    ];
  }
  const deps = createDeps(database, { smtpUrl: undefined, mailFrom: 'x' });
  const app = await buildApp({
    deps,
    ping: database.ping,
    engine: database.engine,
    webDist: WEB_DIST,
    demo: false,
    bodyLimit: 64 << 20,
    logLevel: 'silent',
    loginRateLimit: { max: 1000, timeWindow: 60_000 },
  });
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'admin', password: 'demo1234' },
  });
  const cookie = `loa_session=${login.cookies[0]?.value}`;
  const [root] = await queryRows<{ id: string; path: string }>(
    database.db,
    sql`select id, path from units where kind = 'nation' limit 1`,
  );
  const [province] = await queryRows<{ id: string; path: string }>(
    database.db,
    sql`select id, path from units where kind = 'province' order by name limit 1`,
  );
  const [scale] = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from activities`,
  );
  if (!root || !province) throw new Error('no national data');
  const range = `from=${CAMPAIGN.from}&to=${CAMPAIGN.to}`;
  const api = (url: string) => async () => {
    const res = await app.inject({ url, headers: { cookie } });
    if (res.statusCode !== 200)
      throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
  };
  const out: BenchFigure[] = [
    {
      figure: 'activities in the data set',
      value: scale?.n ?? 0,
      unit: 'rows',
      goal: '≈ 5,000,000',
      pass: null,
    },
  ];
  const pair = async (label: string, apiMs: number, sqlMs: number, goalMs: number) => {
    out.push(
      {
        figure: `${label}, API p50`,
        value: apiMs,
        unit: 'ms',
        goal: `< ${goalMs} ms`,
        pass: apiMs < goalMs,
      },
      // The query itself must fit the API's goal too, or no ratio can save the API.
      atMost(`${label}, direct SQL p50`, sqlMs, 'ms', goalMs),
      {
        figure: `${label}, API ÷ SQL`,
        value: apiMs / sqlMs,
        unit: '×',
        goal: '≤ 1.5×',
        pass: apiMs / sqlMs <= 1.5,
      },
    );
  };
  await pair(
    'national compliance roll-up',
    await p50(9, api(`/api/v1/units/${root.id}/compliance?${range}`)),
    await p50(9, () => database.db.execute(complianceSql(root.path, 0))),
    1000,
  );
  await pair(
    'province compliance roll-up',
    await p50(15, api(`/api/v1/units/${province.id}/compliance?${range}`)),
    await p50(15, () => database.db.execute(complianceSql(province.path, 1))),
    200,
  );
  await pair(
    'national phase-summary figures',
    await p50(5, api(`/api/v1/units/${root.id}/figures?${range}`)),
    await p50(5, () => database.db.execute(figuresSql(root.path, 0))),
    10_000,
  );
  await pair(
    'province phase-summary figures',
    await p50(9, api(`/api/v1/units/${province.id}/figures?${range}`)),
    await p50(9, () => database.db.execute(figuresSql(province.path, 1))),
    2000,
  );

  const communes = await queryRows<{ code: string }>(
    database.db,
    sql`select code from units where kind = 'commune' order by code limit 1000`,
  );
  const lines = ['ngay,don_vi,kenh,loai,so_luong,tieu_de'];
  for (let i = 0; i < 100_000; i++) {
    const commune = communes[i % communes.length];
    const day = new Date(Date.UTC(2026, 0, 5 + (i % 84)))
      .toISOString()
      .slice(0, 10)
      .split('-')
      .reverse()
      .join('/');
    lines.push(
      `${day},${commune?.code ?? ''},loudspeaker,luot_phat,${1 + (i % 3)},Phát thanh bầu cử`,
    );
  }
  // The upload form a browser sends: the mode, then the file.
  const form = new FormData();
  form.append('mode', 'all_or_nothing');
  form.append('file', new Blob([lines.join('\n')], { type: 'text/csv' }), 'hoat-dong.csv');
  const encoded = new Response(form);
  const payload = Buffer.from(await encoded.arrayBuffer());
  const t0 = performance.now();
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/activities/import',
    headers: { cookie, 'content-type': encoded.headers.get('content-type') ?? '' },
    payload,
  });
  const importS = (performance.now() - t0) / 1000;
  if (res.statusCode !== 200 || res.json<{ created: number }>().created !== 100_000)
    throw new Error(`import failed: ${res.statusCode} ${res.body.slice(0, 300)}`);
  out.push({
    figure: 'bulk import of 100,000 activity rows (CSV, all or nothing)',
    value: importS,
    unit: 's',
    goal: '< 20 s',
    pass: importS < 20,
  });
  await app.close();
  await database.close();
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await run());
