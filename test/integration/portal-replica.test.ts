import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../../src/db/database';
import { makeRepos } from '../../src/db/repositories';
import { createDeps } from '../../src/server/main';
import { buildElection, buildUser, buildVoterWard } from '../support/factories';
import { openedSoFar } from '../support/teardown';
import { appOn, signIn } from '../support/test-app';
import { testEngine } from '../support/test-db';

const base = process.env.DATABASE_URL;
const LAG_MS = 400;

/**
 * The portal reading a replica (DATABASE_READ_URL). The "replica" here is a copy of the primary
 * that the test itself brings up to date, late, as streaming replication would; and it is reached
 * with a role that may only read, so a portal write would fail.
 */
describe.runIf(testEngine() === 'postgres' && base)('the portal on a read replica', () => {
  const suffix = randomBytes(5).toString('hex');
  const primaryName = `loa_primary_${suffix}`;
  const replicaName = `loa_replica_${suffix}`;
  const reader = `loa_reader_${suffix}`;
  const opened = openedSoFar();
  let app: FastifyInstance;
  let cookie = '';
  // A ward whose voters read the page of the province's election ahead, and that election's slug.
  let ward = '';
  let slug = '';

  const sqlOn = async <T extends pg.QueryResultRow>(
    db: string,
    text: string,
    values: unknown[] = [],
  ): Promise<T[]> => {
    const url = new URL(base as string);
    url.pathname = `/${db}`;
    const c = new pg.Client({ connectionString: url.toString() });
    await c.connect();
    try {
      return (await c.query<T>(text, values)).rows;
    } finally {
      await c.end();
    }
  };
  const urlOf = (db: string, user?: string) => {
    const url = new URL(base as string);
    url.pathname = `/${db}`;
    if (user) url.username = user;
    return url.toString();
  };
  const page = () => app.inject({ url: `/bau-cu/${slug}/${ward}` });

  beforeAll(async () => {
    const baseDb = new URL(base as string).pathname.slice(1);
    await sqlOn(baseDb, `create database ${primaryName}`);
    const seeding = await openDatabase({ url: urlOf(primaryName), dataDir: null });
    await seeding.migrate();
    const seedDeps = createDeps(seeding, { smtpUrl: undefined, mailFrom: 'x' });
    const built = await buildVoterWard(seedDeps);
    await buildUser(seedDeps, built.ward, { username: 'vanthu.binhminh', role: 'officer' });
    ward = built.ward.id;
    // A National Assembly and People's Council election ahead: its pages carry the ward's own
    // texts for voters (a khu phố election's do not).
    const { election } = await buildElection(seedDeps, built.province, { type: 'NA_HDND' });
    slug = election.slug;
    await seeding.close();
    // The replica starts as an exact copy (a template needs the primary idle, hence the close).
    await sqlOn(baseDb, `create database ${replicaName} template ${primaryName}`);
    await sqlOn(baseDb, `create role ${reader} login`);
    await sqlOn(replicaName, `grant usage on schema public to ${reader}`);
    await sqlOn(replicaName, `grant select on all tables in schema public to ${reader}`);

    // The replica first, so that closeAll (the last opened first) closes the primary before it.
    const replica = await opened.open(
      openDatabase({ url: urlOf(replicaName, reader), dataDir: null }),
    );
    const primary = await opened.open(openDatabase({ url: urlOf(primaryName), dataDir: null }));
    const deps = createDeps(primary, { smtpUrl: undefined, mailFrom: 'x' });
    app = await opened.open(
      appOn(primary, {
        portal: { deps: { ...deps, repos: makeRepos(replica.db) }, replicaLagMs: LAG_MS },
      }).then((on) => on.app),
    );
    cookie = await signIn(app, 'vanthu.binhminh');
  }, 120_000);

  afterAll(async () => {
    await opened.closeAll();
    const baseDb = new URL(base as string).pathname.slice(1);
    await sqlOn(baseDb, `drop database if exists ${replicaName} with (force)`);
    await sqlOn(baseDb, `drop database if exists ${primaryName} with (force)`);
    await sqlOn(baseDb, `drop role if exists ${reader}`);
  });

  test('every kind of portal page answers through read-only credentials', async () => {
    const paths = [
      '/',
      '/tim-kiem?q=binh%20minh',
      `/dia-phuong/${ward}`,
      `/bau-cu/${slug}/${ward}`,
      '/lich-su-bau-cu',
    ];
    for (const path of paths) {
      const res = await app.inject({ url: path });
      expect(res.statusCode, path).toBe(200);
    }
    expect((await page()).body).toContain('Phường Bình Minh');
    const readers = await sqlOn<{ n: string }>(
      replicaName,
      'select count(*) as n from pg_stat_activity where usename = $1',
      [reader],
    );
    expect(Number(readers[0]?.n)).toBeGreaterThan(0);
  });

  test('a change heard before the replica has it still reaches the page once the replica catches up', async () => {
    const title = 'Hướng dẫn bầu cử — sửa trên máy chủ chính';
    const res = await app.inject({
      method: 'PUT',
      url: '/api/v1/voter-info',
      headers: { cookie },
      payload: { unitId: ward, key: 'how_to_vote', title, body: 'Mang theo thẻ cử tri.' },
    });
    expect(res.statusCode).toBe(200);
    // The replica has not replayed the write yet: the rebuilt page is still the old one.
    expect((await page()).body).not.toContain(title);
    const rows = await sqlOn<Record<string, unknown>>(
      primaryName,
      "select * from voter_info_texts where unit_id = $1 and key = 'how_to_vote'",
      [ward],
    );
    const row = rows[0] as Record<string, unknown>;
    await sqlOn(
      replicaName,
      `insert into voter_info_texts (id, unit_id, unit_path, key, title, body, updated_by, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8)
       on conflict (unit_id, key) do update set title = excluded.title, body = excluded.body`,
      [
        row.id,
        row.unit_id,
        row.unit_path,
        row.key,
        row.title,
        row.body,
        row.updated_by,
        row.updated_at,
      ],
    );
    // Without the second, delayed invalidation the stale page would be served for minutes.
    await new Promise((r) => setTimeout(r, LAG_MS + 200));
    expect((await page()).body).toContain(title);
  });
});
