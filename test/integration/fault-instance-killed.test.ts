import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';
import { queryRows } from '../../src/db/query-rows';
import { civilDate, formatDateVi } from '../../src/domain/shared/dates';
import { createDeps } from '../../src/server/main';
import { startAppProcess, type AppProcess } from '../support/app-process';
import { buildElection, buildTree } from '../support/factories';
import { eventually, httpClient, signIn, sleep } from '../support/http-client';
import { openedSoFar } from '../support/teardown';
import { createPostgresDatabase, testEngine } from '../support/test-db';

const base = process.env.DATABASE_URL;
const DAY = 86_400_000;

type Milestone = { id: string; title: string; unitId: string };

/**
 * Two real `loa serve` processes on one PostgreSQL database, as behind a load balancer, each
 * running the scheduled jobs every second; then one of them is SIGKILLed.
 */
describe.runIf(testEngine() === 'postgres' && base)('one of two app instances killed', () => {
  let fresh: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let database: Database;
  const dataDir = mkdtempSync(join(tmpdir(), 'loa-kill-'));
  const instances: AppProcess[] = [];
  let milestones: Milestone[] = [];
  let username = '';
  const opened = openedSoFar();

  beforeAll(async () => {
    fresh = await createPostgresDatabase('loa_kill');
    opened.also(() => fresh.drop());
    database = await opened.open(openDatabase({ url: fresh.url, dataDir: null }));
    await database.migrate();
    // Built once here, before the instances start: a ward with its users and an election whose
    // steps the instances' job will remind them of.
    const deps = createDeps(database, { smtpUrl: undefined, mailFrom: 'x' });
    const tree = await buildTree(deps);
    username = tree.users.commune.officer.username;
    await buildElection(deps, tree.commune);
    milestones = await queryRows<Milestone>(
      database.db,
      sql`select m.id, m.title, e.unit_id as "unitId" from election_milestones m
          join elections e on e.id = m.election_id where m.done_at is null
            and exists (select 1 from users u where u.unit_id = e.unit_id and u.active)
          order by m.due_on desc limit 2`,
    );
    // Nothing is due soon yet: the test decides when each step comes near.
    await database.db.execute(
      sql`update election_milestones set due_on = current_date + 60 where done_at is null`,
    );
    const env = {
      DATABASE_URL: fresh.url,
      DATABASE_READ_URL: undefined,
      NODE_ENV: 'development',
      LOA_DEMO: 'off',
      LOG_LEVEL: 'warn',
      LOA_DATA_DIR: dataDir,
      LOA_JOBS_INTERVAL_SECONDS: '1',
    };
    // Both at once, as after a deploy: migrations queue on their advisory lock.
    const started = await Promise.allSettled([startAppProcess(env), startAppProcess(env)]);
    for (const s of started) if (s.status === 'fulfilled') instances.push(s.value);
    for (const s of started) if (s.status === 'rejected') throw s.reason;
  });

  afterAll(async () => {
    for (const instance of instances) await instance.kill();
    await opened.closeAll();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Brings a step to `days` from today in Vietnam; returns the notice title the job will write. */
  const bringNear = async (m: Milestone, days: number): Promise<string> => {
    const due = civilDate(new Date(Date.now() + days * DAY));
    await database.db.execute(
      sql`update election_milestones set due_on = ${due}::date where id = ${m.id}::uuid`,
    );
    return `Sắp tới (${formatDateVi(due)}): ${m.title}`;
  };
  /** How many times each active user of the unit has a notification titled `title`. */
  const deliveries = async (m: Milestone, title: string): Promise<number[]> =>
    (
      await queryRows<{ n: number }>(
        database.db,
        sql`select (select count(*)::int from notifications x where x.user_id = u.id and x.title = ${title}) as n
            from users u where u.unit_id = ${m.unitId}::uuid and u.active`,
      )
    ).map((r) => r.n);
  /** Waits until every recipient has the notice, then lets both schedulers tick a few more times. */
  const deliveredOnce = async (m: Milestone, title: string): Promise<number[]> => {
    await eventually(async () => (await deliveries(m, title)).every((n) => n > 0), 60_000);
    await sleep(3000);
    return deliveries(m, title);
  };

  test('the session outlives its instance, writes go on through the other, and each reminder is delivered exactly once', async () => {
    const [a, b] = instances;
    const [first, second] = milestones;
    if (!a || !b || !first || !second) throw new Error('setup failed');

    // Both instances run the milestone job every second: the notice goes out once, not twice.
    const firstTitle = await bringNear(first, 1);
    const both = await deliveredOnce(first, firstTitle);
    expect(both.length).toBeGreaterThan(0);
    expect(both).toEqual(both.map(() => 1));

    const onA = httpClient(a.origin);
    const onB = httpClient(b.origin);
    const cookie = await signIn(onA, username);
    const me = await onA({ url: '/api/v1/me', cookie });
    expect(me.status).toBe(200);
    const unitId = (JSON.parse(me.body) as { unit: { id: string } }).unit.id;

    const killedAt = Date.now();
    await a.kill();
    expect(a.alive()).toBe(false);
    expect((await onA({ url: '/api/v1/me', cookie })).status).toBe(0);

    // The session is a database row, so B knows it; a write through B lands with its audit row.
    const meOnB = await onB({ url: '/api/v1/me', cookie });
    const sessionMs = Date.now() - killedAt;
    expect(meOnB.status).toBe(200);
    expect(JSON.parse(meOnB.body)).toMatchObject({ username });
    const title = `Ghi sau khi máy A dừng ${killedAt}`;
    const written = await onB({
      method: 'POST',
      url: '/api/v1/activities',
      cookie,
      json: {
        unitId,
        occurredOn: civilDate(new Date()),
        channel: 'loudspeaker',
        categoryCode: 'luot_phat',
        quantity: 2,
        title,
      },
    });
    expect(written.status, written.body).toBe(201);
    const id = (JSON.parse(written.body) as { id: string }).id;
    const audit = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from audit_log where entity = 'activity' and entity_id = ${id} and action = 'create'`,
    );
    expect(audit[0]?.n).toBe(1);

    // With A gone (perhaps killed mid-run, its lock released with its connection), B alone
    // still delivers the next notice, once; the first one is not repeated.
    const secondTitle = await bringNear(second, 2);
    const afterKill = await deliveredOnce(second, secondTitle);
    expect(afterKill.length).toBeGreaterThan(0);
    expect(afterKill).toEqual(afterKill.map(() => 1));
    expect(await deliveries(first, firstTitle)).toEqual(both);
    expect(b.alive(), b.output()).toBe(true);

    console.info(
      `[fault] instance killed: B answered A's session ${sessionMs} ms after the kill and took a write; ` +
        `reminder before the kill to ${both.length} users once each, after it to ${afterKill.length} users once each`,
    );
  });
});
