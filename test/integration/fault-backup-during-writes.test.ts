import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { backupDatabase, restoreDatabase } from '../../src/db/backup';
import type { Database } from '../../src/db/database';
import { queryRows } from '../../src/db/query-rows';
import { makeRepos } from '../../src/db/repositories';
import { buildApp } from '../../src/server/app';
import { createDeps, WEB_DIST } from '../../src/server/main';
import { checkConsistency, CONSISTENT } from '../support/consistency';
import { buildWardAtWork, type WardAtWork } from '../support/factories';
import { injectClient, runLoops, signIn, sleep } from '../support/http-client';
import { openedSoFar } from '../support/teardown';
import { buildTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase, testEngine } from '../support/test-db';

const WRITERS = 6;
// Enough rows that the dump takes a while: writes land between the tables it reads.
const BULK = 8000;

let source: TestApp;
let target: Database;
let world: WardAtWork;
const opened = openedSoFar();
let restored: FastifyInstance | null = null;
const dir = mkdtempSync(join(tmpdir(), 'loa-backup-load-'));

beforeAll(async () => {
  // The target first, so that closeAll (the last opened first) closes the source before it.
  target = await opened.open(createTestDatabase());
  // A ward whose plan of April–June 2022 gives it weekly loudspeaker windows, so every activity
  // written below is counted into one while the dump runs.
  source = await opened.open(
    buildTestApp({
      prepare: async (_database, deps) => {
        world = await buildWardAtWork(deps, { periodFrom: '2022-04-01', periodTo: '2022-06-15' });
      },
    }),
  );
});
afterAll(async () => {
  await restored?.close();
  await opened.closeAll();
  rmSync(dir, { recursive: true, force: true });
});

/** A season of earlier work: activities with their audit rows, counted into the task windows. */
async function loadHistory(db: Database['db'], unit: { id: string; path: string }): Promise<void> {
  await db.execute(sql`
    insert into activities (id, unit_id, unit_path, occurred_on, channel, category_code, quantity,
      measure_unit, title, source, created_at)
    select gen_random_uuid(), ${unit.id}::uuid, ${unit.path}, date '2022-04-01' + (g % 70),
      'loudspeaker', 'luot_phat', 1 + g % 4, c.measure_unit, 'Phát thanh thường kỳ ' || g, 'manual',
      now() - interval '30 days'
    from generate_series(1, ${BULK}) g, activity_categories c where c.code = 'luot_phat'`);
  await db.execute(sql`
    insert into audit_log (id, at, actor_name, unit_id, unit_path, entity, entity_id, action, changes)
    select gen_random_uuid(), a.created_at, 'Nạp dữ liệu', a.unit_id, a.unit_path, 'activity',
      a.id::text, 'create', '{}'::jsonb
    from activities a where a.title like 'Phát thanh thường kỳ %'`);
  await makeRepos(db).obligations.recountAll();
}

test('a backup taken while activities and register numbers are written restores to one consistent moment', async () => {
  const client = injectClient(source.app);
  const officer = world.tree.users.commune.officer.username;
  const cookie = await signIn(client, officer);
  const me = JSON.parse((await client({ url: '/api/v1/me', cookie })).body) as {
    unit: { id: string };
  };
  const [unit] = await queryRows<{ id: string; path: string }>(
    source.database.db,
    sql`select id::text as id, path from units where id = ${me.unit.id}::uuid`,
  );
  if (!unit) throw new Error('no unit');
  await loadHistory(source.database.db, unit);

  const since = new Date();
  const writes: Array<{
    kind: string;
    mark: string;
    start: number;
    end: number;
    status: number;
    body?: string;
  }> = [];
  let n = 0;
  let running = true;
  const days = ['2022-04-05', '2022-04-12', '2022-04-19', '2022-05-03'];
  const load = runLoops(
    WRITERS,
    () => running,
    async () => {
      const i = n++;
      const activity = i % 2 === 0;
      const mark = activity ? `Phát thanh khi sao lưu ${i}` : `Giữ số khi sao lưu ${i}`;
      const start = Date.now();
      const res = await client(
        activity
          ? {
              method: 'POST',
              url: '/api/v1/activities',
              cookie,
              json: {
                unitId: unit.id,
                occurredOn: days[i % days.length],
                channel: 'loudspeaker',
                categoryCode: 'luot_phat',
                quantity: 1 + (i % 3),
                title: mark,
              },
            }
          : {
              method: 'POST',
              url: '/api/v1/registers/reserve',
              cookie,
              json: { unitId: unit.id, year: 2031, typeCode: 'KH', note: mark },
            },
      );
      writes.push({
        kind: activity ? 'activity' : 'register',
        mark,
        start,
        end: Date.now(),
        status: res.status,
        ...(res.status === 201 ? {} : { body: res.body }),
      });
      // Clients pause between entries; writers in this process would otherwise starve the dump.
      await sleep(5);
    },
  );

  await sleep(300);
  const file = join(dir, 'loa.backup');
  const backupStart = Date.now();
  const dumped = await backupDatabase(source.database.db, file);
  const backupEnd = Date.now();
  await sleep(200);
  running = false;
  await load;

  expect(writes.filter((w) => w.status !== 201)).toEqual([]);
  const during = writes.filter((w) => w.start > backupStart && w.end < backupEnd).length;
  const overlapping = writes.filter((w) => w.start < backupEnd && w.end > backupStart).length;
  expect(overlapping).toBeGreaterThan(0);
  // PGlite has one connection: its writes wait for the dump's transaction and finish after it.
  if (testEngine() === 'postgres') expect(during).toBeGreaterThan(0);

  await restoreDatabase(target.db, file);
  // The copy is one moment: whole writes, counters and windows that agree, no dangling keys.
  expect(await checkConsistency(target.db, since)).toEqual(CONSISTENT);
  const marks = new Set(
    (
      await queryRows<{ mark: string }>(
        target.db,
        sql`select title as mark from activities where created_at >= ${since}
            union all select note from register_entries where created_at >= ${since}`,
      )
    ).map((r) => r.mark),
  );
  // That moment lies inside the backup: all done before it is there, nothing begun after it.
  for (const w of writes.filter((x) => x.end < backupStart)) expect(marks.has(w.mark)).toBe(true);
  for (const w of writes.filter((x) => x.start > backupEnd)) expect(marks.has(w.mark)).toBe(false);
  expect(await checkConsistency(source.database.db, since)).toEqual(CONSISTENT);

  // The restored copy is a working Loa: accounts sign in, the register goes on after its highest number.
  restored = await buildApp({
    deps: createDeps(target, { smtpUrl: undefined, mailFrom: 'x' }),
    ping: target.ping,
    engine: target.engine,
    webDist: WEB_DIST,
    demo: false,
    bodyLimit: 1 << 20,
    logLevel: 'silent',
  });
  const onCopy = injectClient(restored);
  const copyCookie = await signIn(onCopy, officer);
  expect((await onCopy({ url: '/api/v1/me', cookie: copyCookie })).status).toBe(200);
  const [top] = await queryRows<{ max: number }>(
    target.db,
    sql`select max(number)::int as max from register_entries where unit_id = ${unit.id}::uuid and year = 2031 and type_code = 'KH'`,
  );
  const next = await onCopy({
    method: 'POST',
    url: '/api/v1/registers/reserve',
    cookie: copyCookie,
    json: { unitId: unit.id, year: 2031, typeCode: 'KH', note: 'Sau khi khôi phục' },
  });
  expect(next.status).toBe(201);
  expect((JSON.parse(next.body) as { number: number }).number).toBe((top?.max ?? 0) + 1);

  console.info(
    `[fault] backup during writes (${testEngine()}): ${dumped.rows} rows dumped in ${backupEnd - backupStart} ms ` +
      `while ${WRITERS} clients wrote (${writes.length} writes, ${during} within the dump, ${overlapping} overlapping it); ` +
      `restored copy consistent, ${marks.size} of the writes in it`,
  );
});
