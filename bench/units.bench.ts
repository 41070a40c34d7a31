// The unit tree at national size on the embedded database: a diacritics-free search over the
// whole country through the API, side by side with the same query run directly in SQL.
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/database';
import { seedDemoWorld } from '../src/db/seed/demo-world';
import { buildApp } from '../src/server/app';
import { createDeps, WEB_DIST } from '../src/server/main';
import type { BenchFigure } from './extract.bench';
import { atMost } from './goals';

const PROVINCES = 34;
const COMMUNES_PER_PROVINCE = 100;
const VILLAGES_PER_COMMUNE = 30;

async function time(label: string, n: number, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 5; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  process.stderr.write(`  ${label}: p50 ${samples[Math.floor(n / 2)]?.toFixed(2)} ms\n`);
  return samples[Math.floor(n / 2)] ?? 0;
}

export async function run(): Promise<BenchFigure[]> {
  const database = await openDatabase({ dataDir: null });
  await database.migrate();
  const deps = createDeps(database, { smtpUrl: undefined, mailFrom: 'x' });
  await seedDemoWorld(deps);
  const root = await deps.repos.users.getByUsername('admin');
  const rootUnit = root ? await deps.repos.units.get(root.unitId) : null;
  if (!rootUnit) throw new Error('no root');
  // Bulk-generate the tree in SQL: ~100,000 villages under 3,400 communes under 34 provinces.
  await database.db.execute(sql`
    with p as (select gen_random_uuid() id, g from generate_series(1, ${PROVINCES}::int) g),
    ins_p as (insert into units (id, parent_id, path, depth, name, kind, search_text, created_at, updated_at)
      select id, ${rootUnit.id}::uuid, ${rootUnit.path}::text || id::text || '/', 1, 'Tỉnh Số ' || g, 'province', 'tinh so ' || g, now(), now() from p returning id, path),
    c as (select gen_random_uuid() id, ins_p.id pid, ins_p.path ppath, g from ins_p, generate_series(1, ${COMMUNES_PER_PROVINCE}::int) g),
    ins_c as (insert into units (id, parent_id, path, depth, name, kind, search_text, created_at, updated_at)
      select id, pid, ppath || id::text || '/', 2, 'Xã Thử ' || g, 'commune', 'xa thu ' || g, now(), now() from c returning id, path),
    v as (select gen_random_uuid() id, ins_c.id pid, ins_c.path ppath, g from ins_c, generate_series(1, ${VILLAGES_PER_COMMUNE}::int) g)
    insert into units (id, parent_id, path, depth, name, kind, search_text, created_at, updated_at)
      select id, pid, ppath || id::text || '/', 3, 'Thôn ' || g, 'village', 'thon ' || g, now(), now() from v`);
  const app = await buildApp({
    deps,
    ping: database.ping,
    engine: database.engine,
    webDist: WEB_DIST,
    demo: true,
    bodyLimit: 1 << 20,
    logLevel: 'silent',
    loginRateLimit: { max: 10_000, timeWindow: 60_000 },
  });
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'admin', password: 'demo1234' },
  });
  const cookie = `loa_session=${login.cookies[0]?.value}`;
  const api = await time('API search', 40, () =>
    app.inject({ url: '/api/v1/units?search=ka%20long', headers: { cookie } }),
  );
  const direct = await time('SQL search', 40, () =>
    database.db.execute(
      sql`select * from units where path like ${`${rootUnit.path}%`} and active and search_text like '%ka long%' order by depth, name limit 100`,
    ),
  );
  const loginMs = await time('login', 10, async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin', password: 'demo1234' },
    });
    if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode}`);
  });
  await app.close();
  await database.close();
  return [
    // A search box answers while one types.
    atMost('units search, whole country (~105k units), API p50', api, 'ms', 200),
    atMost('units search, same query in SQL, p50', direct, 'ms', 200),
    {
      figure: 'units search API ÷ SQL',
      value: api / direct,
      unit: '×',
      goal: '≤ 1.5×',
      pass: api / direct <= 1.5,
    },
    {
      figure: 'login (argon2id verify + session), p50',
      value: loginMs,
      unit: 'ms',
      goal: '< 300 ms',
      pass: loginMs < 300,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await run());
}
