import pg from 'pg';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';
import { queryRows } from '../../src/db/query-rows';
import { checkConsistency, CONSISTENT } from '../support/consistency';
import { CuttableProxy } from '../support/cuttable-proxy';
import { buildWardAtWork, type WardAtWork } from '../support/factories';
import { openedSoFar } from '../support/teardown';
import { appOn } from '../support/test-app';
import {
  httpClient,
  runLoops,
  signIn,
  sleep,
  type Answer,
  type Call,
} from '../support/http-client';
import { createPostgresDatabase, testEngine } from '../support/test-db';

const base = process.env.DATABASE_URL;
const WORKERS = 8;
const OUTAGE_MS = 3000;

type Kind = 'activity' | 'register' | 'portal' | 'read';
interface Sent {
  kind: Kind;
  /** The unique title (activity) or note (register entry) of a write, to find it afterwards. */
  mark: string | null;
  at: number;
  answer: Answer;
}

// Weeks 14–16 of 2022: each activity counts towards the ward's weekly loudspeaker windows, and
// those of 01–08/04 also towards its one-off task, so the windows see contention.
const DAYS = ['2022-04-05', '2022-04-12', '2022-04-19', '2022-04-06', '2022-04-13'];

/** The i-th request of a kind; a write carries a unique mark to find it afterwards. */
function requestFor(
  kind: Kind,
  i: number,
  ctx: { unitId: string; cookie: string; slug: string },
): { call: Call; mark: string | null } {
  const { unitId, cookie } = ctx;
  switch (kind) {
    case 'activity': {
      const mark = `Phát thanh lưu động (tải ${i})`;
      const json = {
        unitId,
        occurredOn: DAYS[i % DAYS.length],
        channel: 'loudspeaker',
        categoryCode: 'luot_phat',
        quantity: 1 + (i % 3),
        title: mark,
      };
      return { call: { method: 'POST', url: '/api/v1/activities', cookie, json }, mark };
    }
    case 'register': {
      const mark = `Giữ số (tải ${i})`;
      const json = { unitId, year: 2031, typeCode: 'KH', note: mark };
      return { call: { method: 'POST', url: '/api/v1/registers/reserve', cookie, json }, mark };
    }
    case 'portal': {
      // The election's short address reads the database every time; the others are cached pages.
      const pages = ['/', `/bau-cu/${ctx.slug}`, '/tim-kiem?q=thu', '/lich-su-bau-cu'];
      return { call: { url: pages[i % pages.length] ?? '/' }, mark: null };
    }
    case 'read': {
      const url = `/api/v1/activities?unitId=${unitId}&from=2022-04-01&to=2022-04-30`;
      return { call: { url, cookie }, mark: null };
    }
  }
}

/**
 * Checks each write against the database: one the client saw succeed is there once; one refused
 * is there once or not at all (a COMMIT whose answer was lost), never twice. Returns the counts.
 */
async function checkWrites(
  db: Database['db'],
  sent: Sent[],
  since: Date,
): Promise<Record<string, { acked: number; refused: number; committedThough503: number }>> {
  const summary: Record<string, { acked: number; refused: number; committedThough503: number }> =
    {};
  for (const kind of ['activity', 'register'] as const) {
    const rows = await queryRows<{ mark: string; n: number }>(
      db,
      kind === 'activity'
        ? sql`select title as mark, count(*)::int as n from activities where created_at >= ${since} group by 1`
        : sql`select note as mark, count(*)::int as n from register_entries where created_at >= ${since} group by 1`,
    );
    const stored = new Map(rows.map((r) => [r.mark, r.n]));
    const writes = sent.filter((s) => s.kind === kind);
    const acked = writes.filter((s) => s.answer.status === 201);
    const failed = writes.filter((s) => s.answer.status === 503);
    for (const s of acked) expect(stored.get(s.mark ?? ''), `${kind} ${s.mark}`).toBe(1);
    for (const s of failed) expect(stored.get(s.mark ?? '') ?? 0).toBeLessThanOrEqual(1);
    const committedThough503 = failed.filter((s) => stored.has(s.mark ?? '')).length;
    expect(stored.size).toBe(acked.length + committedThough503);
    summary[kind] = { acked: acked.length, refused: failed.length, committedThough503 };
  }
  return summary;
}

/**
 * PostgreSQL restarted under load, through a proxy the test controls: the machine's server is
 * shared by parallel test files, so it is never restarted itself. The "restart" is what clients
 * see of one: new connections refused, every session told 57P01 (pg_terminate_backend), every
 * socket dropped; and some seconds later the server is back.
 */
describe.runIf(testEngine() === 'postgres' && base)('PostgreSQL restarted during load', () => {
  let fresh: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let proxy: CuttableProxy;
  let database: Database;
  let app: FastifyInstance;
  let origin = '';
  let world: WardAtWork;
  let officer = '';
  const opened = openedSoFar();
  let drained = true;

  beforeAll(async () => {
    fresh = await createPostgresDatabase('loa_restart');
    opened.also(() => fresh.drop());
    proxy = CuttableProxy.for(fresh.url);
    opened.also(() => proxy.cut());
    await proxy.start();
    database = await openDatabase({ url: proxy.via(fresh.url), dataDir: null });
    // pool.end() waits for every lent connection: a leaked one would hang here.
    opened.also(async () => {
      drained = await Promise.race([
        database.close().then(() => true),
        sleep(10_000).then(() => false),
      ]);
    });
    await database.migrate();
    const on = await appOn(database);
    app = await opened.open(Promise.resolve(on.app));
    // The plan (April–June 2022) gives the ward weekly windows and a one-off task due 08/04.
    world = await buildWardAtWork(on.deps, { periodFrom: '2022-04-01', periodTo: '2022-06-15' });
    officer = world.tree.users.commune.officer.username;
    origin = await app.listen({ port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await opened.closeAll();
    if (!drained)
      throw new Error('the pool never drained: a connection was lent and not given back');
  });

  /** What a fast shutdown does to the sessions of our database: FATAL 57P01, then the socket closes. */
  const terminateSessions = async (): Promise<void> => {
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [fresh.name],
    );
    await admin.end();
  };

  test('answers 503 problems while it is away, never 500 or a hang, recovers by itself, and leaves no write half-applied', async () => {
    const client = httpClient(origin, 10_000);
    const cookie = await signIn(client, officer);
    const unitId = (
      JSON.parse((await client({ url: '/api/v1/me', cookie })).body) as {
        unit: { id: string };
      }
    ).unit.id;
    const since = new Date();
    const sent: Sent[] = [];
    let n = 0;
    const kinds: Kind[] = ['activity', 'portal', 'register', 'read'];
    const send = async (kind: Kind): Promise<Answer> => {
      const i = n++;
      const { call, mark } = requestFor(kind, i, { unitId, cookie, slug: world.election.slug });
      const answer = await client(call);
      sent.push({ kind, mark, at: Date.now(), answer });
      // A client backs off a little after a refusal instead of spinning.
      if (answer.status >= 500 || answer.status === 0) await sleep(20);
      return answer;
    };

    let phase: 'before' | 'down' | 'after' | 'done' = 'before';
    let restoredAt = 0;
    let recoveredAt = 0;
    const load = runLoops(
      WORKERS,
      () => phase !== 'done',
      async (w) => {
        const answer = await send(kinds[(n + w) % kinds.length] ?? 'read');
        if (phase === 'after' && !recoveredAt && answer.status === 201) recoveredAt = Date.now();
      },
    );

    await sleep(1500);
    const cutAt = Date.now();
    phase = 'down';
    proxy.refuse();
    await terminateSessions();
    await proxy.drop();
    await sleep(OUTAGE_MS);
    await proxy.start();
    restoredAt = Date.now();
    phase = 'after';
    for (let waited = 0; !recoveredAt && waited < 15_000; waited += 100) await sleep(100);
    await sleep(1500);
    phase = 'done';
    await load;

    // Every answer was a success or a 503 problem: none a 500, none missing.
    const byStatus = new Map<number, number>();
    for (const s of sent) byStatus.set(s.answer.status, (byStatus.get(s.answer.status) ?? 0) + 1);
    // (Status 0 is no answer at all: a reset socket, or no answer within 10 s.)
    const fine = (status: number) => (status >= 200 && status < 400) || status === 503;
    const bad = sent.filter((s) => !fine(s.answer.status));
    expect(bad.map((s) => `${s.kind} ${s.answer.status} ${s.answer.body.slice(0, 200)}`)).toEqual(
      [],
    );
    const refused = sent.filter((s) => s.answer.status === 503);
    for (const s of refused) {
      expect(s.answer.type).toContain('application/problem+json');
      expect(JSON.parse(s.answer.body)).toMatchObject({ status: 503, code: 'unavailable' });
    }
    // 503s happened, and only around the outage; after it, the same app answers again.
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((s) => s.at >= cutAt)).toBe(true);
    expect(recoveredAt).toBeGreaterThan(0);
    const lastRefusal = Math.max(...refused.map((s) => s.at));
    const afterRecovery = sent.filter((s) => s.at > lastRefusal);
    expect(afterRecovery.length).toBeGreaterThan(0);
    for (const kind of kinds) {
      const last = await send(kind);
      expect(last.status, `${kind} after recovery`).toBeLessThan(300);
    }

    // A write the client saw succeed is there with its audit row; one refused is wholly there or
    // wholly absent; and the task windows agree with the activities they count.
    const summary = await checkWrites(database.db, sent, since);
    expect(await checkConsistency(database.db, since)).toEqual(CONSISTENT);

    console.info(
      `[fault] restart under load: ${sent.length} requests by ${WORKERS} clients, statuses ${JSON.stringify(Object.fromEntries(byStatus))}, ` +
        `503s ${refused.length} (first ${Math.min(...refused.map((s) => s.at)) - cutAt} ms after the cut), ` +
        `outage ${restoredAt - cutAt} ms, first write accepted ${recoveredAt - restoredAt} ms after the server was back, ` +
        `writes ${JSON.stringify(summary)}`,
    );
  });

  test('connections lost at BEGIN, more of them than the pool holds, do not use the pool up', async () => {
    const client = httpClient(origin, 10_000);
    const cookie = await signIn(client, officer);
    const unitId = (
      JSON.parse((await client({ url: '/api/v1/me', cookie })).body) as {
        unit: { id: string };
      }
    ).unit.id;
    const write = () =>
      client({
        method: 'POST',
        url: '/api/v1/activities',
        cookie,
        json: {
          unitId,
          occurredOn: '2022-04-12',
          channel: 'loudspeaker',
          categoryCode: 'luot_phat',
          quantity: 1,
        },
      });
    // The server vanishes exactly as a transaction starts, twelve times: the pool holds ten.
    proxy.dropWhen = (chunk) => /\bbegin\b/i.test(chunk.toString('latin1'));
    const lost: number[] = [];
    try {
      for (let i = 0; i < 12; i++) lost.push((await write()).status);
    } finally {
      proxy.dropWhen = null;
    }
    expect(lost).toEqual(lost.map(() => 503));
    // A write waiting for a connection that never comes back would end in the pool's timeout, a
    // 503: a 201 is a fresh connection. (How long it took is not a test's to bound.)
    const after = await write();
    expect(after.status, after.body).toBe(201);
  });
});
