import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';
import type { FastifyInstance } from 'fastify';
import { CuttableProxy } from '../support/cuttable-proxy';
import { buildTree } from '../support/factories';
import { openedSoFar } from '../support/teardown';
import { appOn, signIn } from '../support/test-app';
import { testEngine } from '../support/test-db';

const base = process.env.DATABASE_URL;

describe.runIf(testEngine() === 'postgres' && base)('when PostgreSQL goes away', () => {
  const name = `loa_down_${randomBytes(5).toString('hex')}`;
  let proxy: CuttableProxy;
  let database: Database;
  let app: FastifyInstance;
  let cookie: string;
  let ward = '';
  const opened = openedSoFar();

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const direct = new URL(base as string);
    proxy = new CuttableProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    opened.also(() => proxy.cut());
    await proxy.start();
    const viaProxy = new URL(base as string);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    viaProxy.pathname = `/${name}`;
    database = await opened.open(openDatabase({ url: viaProxy.toString(), dataDir: null }));
    await database.migrate();
    const on = await appOn(database);
    app = await opened.open(Promise.resolve(on.app));
    const tree = await buildTree(on.deps);
    ward = tree.commune.name;
    cookie = await signIn(app, tree.users.province.admin.username);
  });

  afterAll(async () => {
    await opened.closeAll();
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  test('/readyz and the API answer 503 problems, and both recover by themselves when it returns', async () => {
    expect((await app.inject('/readyz')).statusCode).toBe(200);
    await proxy.cut();
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(503);
    const search = `/api/v1/units?search=${encodeURIComponent(ward)}`;
    const api = await app.inject({ url: search, headers: { cookie } });
    expect(api.statusCode).toBe(503);
    expect(api.json()).toMatchObject({
      code: 'unavailable',
      title: 'Hệ thống tạm thời không sẵn sàng',
    });
    expect(api.body).not.toMatch(/ECONN|stack|at /);
    expect((await app.inject('/healthz')).statusCode).toBe(200);

    await proxy.start();
    expect((await app.inject('/readyz')).statusCode).toBe(200);
    const again = await app.inject({ url: search, headers: { cookie } });
    expect(again.statusCode).toBe(200);
    expect(again.json().items.map((u: { name: string }) => u.name)).toContain(ward);
  });
});
