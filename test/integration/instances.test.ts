import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';
import { buildElection, buildUser, buildVoterWard } from '../support/factories';
import { appOn, signIn } from '../support/test-app';
import { testEngine } from '../support/test-db';

const base = process.env.DATABASE_URL;

/** Two app instances on one PostgreSQL database, as behind a load balancer. */
describe.runIf(testEngine() === 'postgres' && base)('two app instances on one database', () => {
  const name = `loa_two_${randomBytes(5).toString('hex')}`;
  const databases: Database[] = [];
  const apps: FastifyInstance[] = [];
  let cookie = '';
  let page = '';
  let ward = '';

  const instance = async (url: string) => {
    const database = await openDatabase({ url, dataDir: null });
    await database.migrate();
    databases.push(database);
    const on = await appOn(database);
    apps.push(on.app);
    return on;
  };
  const admin = async <T>(work: (c: pg.Client) => Promise<T>): Promise<T> => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    try {
      return await work(c);
    } finally {
      await c.end();
    }
  };
  const listeners = () =>
    admin(
      async (c) =>
        (
          await c.query<{ pid: number }>(
            "select pid from pg_stat_activity where datname = $1 and query ilike 'listen%'",
            [name],
          )
        ).rows,
    );
  const until = async (check: () => Promise<boolean>, ms = 30_000): Promise<boolean> => {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      if (await check()) return true;
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  };

  beforeAll(async () => {
    await admin((c) => c.query(`create database ${name}`));
    const url = new URL(base as string);
    url.pathname = `/${name}`;
    const a = await instance(url.toString());
    await instance(url.toString());
    // A ward, its officer, and the province's election ahead, whose page shows the ward's texts.
    const built = await buildVoterWard(a.deps);
    await buildUser(a.deps, built.ward, { username: 'vanthu.binhminh', role: 'officer' });
    const { election } = await buildElection(a.deps, built.province, { type: 'NA_HDND' });
    cookie = await signIn(a.app, 'vanthu.binhminh');
    ward = built.ward.id;
    page = `/bau-cu/${election.slug}/${ward}`;
  }, 120_000);

  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const database of databases) await database.close();
    await admin((c) => c.query(`drop database if exists ${name} with (force)`));
  });

  const editOnA = (title: string) =>
    apps[0]?.inject({
      method: 'PUT',
      url: '/api/v1/voter-info',
      headers: { cookie },
      payload: { unitId: ward, key: 'how_to_vote', title, body: 'Mang theo thẻ cử tri.' },
    });
  const pageOnB = async () => (await apps[1]?.inject({ url: page }))?.body ?? '';

  test('a session opened on one instance is good on the other', async () => {
    const me = await apps[1]?.inject({ url: '/api/v1/me', headers: { cookie } });
    expect(me?.statusCode).toBe(200);
    expect(me?.json()).toMatchObject({ username: 'vanthu.binhminh' });
  });

  test('a voter page cached on one instance shows a change made on the other at once', async () => {
    expect((await editOnA('Cách bầu cử — bản 1'))?.statusCode).toBe(200);
    // Warm the other instance's cache, then change the page through the first instance.
    expect(await pageOnB()).toContain('Cách bầu cử — bản 1');
    expect((await editOnA('Cách bầu cử — bản 2'))?.statusCode).toBe(200);
    // Without the shared feed this page would stay stale for the cache's five minutes.
    expect(await until(async () => (await pageOnB()).includes('Cách bầu cử — bản 2'))).toBe(true);
  });

  test('after the database drops the listening connections, the instances listen again and stay fresh', async () => {
    const before = await listeners();
    expect(before.length).toBe(2);
    await admin((c) =>
      c.query('select pg_terminate_backend(pid) from pg_stat_activity where pid = any($1)', [
        before.map((r) => r.pid),
      ]),
    );
    expect(
      await until(async () => {
        const now = await listeners();
        return now.length === 2 && now.every((r) => !before.some((b) => b.pid === r.pid));
      }),
    ).toBe(true);
    // Reconnecting dropped the caches (notices may have been missed); warm the page again.
    expect(await pageOnB()).toContain('Cách bầu cử — bản 2');
    expect((await editOnA('Cách bầu cử — bản 3'))?.statusCode).toBe(200);
    expect(await until(async () => (await pageOnB()).includes('Cách bầu cử — bản 3'))).toBe(true);
  });
});
