import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import { backupDatabase, restoreDatabase, tablesInDependencyOrder } from '../../src/db/backup';
import type { Database } from '../../src/db/database';
import { queryRows } from '../../src/db/query-rows';
import { createDeps } from '../../src/server/main';
import { login } from '../../src/domain/accounts/login';
import { buildWardAtWork, type WardAtWork } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase } from '../support/test-db';

let source: TestApp;
let target: Database;
let world: WardAtWork;
const dir = mkdtempSync(join(tmpdir(), 'loa-backup-'));

beforeAll(async () => {
  // Rows of many kinds (units, users, a plan with its tasks and windows, activities, content,
  // an election, a station, a claim, their audit rows), each as a person would have made it.
  source = await buildTestApp({
    prepare: async (_database, deps) => {
      world = await buildWardAtWork(deps);
    },
  });
  target = await createTestDatabase();
});
afterAll(async () => {
  await source.close();
  await target.close();
});

const counts = async (db: Database): Promise<Record<string, number>> => {
  const out: Record<string, number> = {};
  for (const table of await tablesInDependencyOrder(db.db)) {
    const rows = await queryRows<{ n: number }>(
      db.db,
      sql`select count(*)::int as n from ${sql.identifier(table)}`,
    );
    out[table] = rows[0]?.n ?? -1;
  }
  return out;
};

test('a backup restores into an empty database with every row, and the restored accounts sign in', async () => {
  const admin = await source.login(world.tree.users.province.admin.username);
  const unitId = (await source.app.inject({ url: '/api/v1/me', headers: { cookie: admin } })).json()
    .unit.id;
  await source.app.inject({
    method: 'POST',
    url: '/api/v1/units',
    headers: { cookie: admin },
    payload: { parentId: unitId, name: 'Huyện "Thử" – dấu ngoặc\nvà xuống dòng', kind: 'district' },
  });
  const file = join(dir, 'loa.backup');
  const { rows } = await backupDatabase(source.database.db, file);
  expect(rows).toBeGreaterThan(30);
  await restoreDatabase(target.db, file);
  expect(await counts(target)).toEqual(await counts(source.database));
  const names = await queryRows<{ name: string }>(
    target.db,
    sql`select name from units order by name`,
  );
  expect(names.map((r) => r.name)).toContain('Huyện "Thử" – dấu ngoặc và xuống dòng');
  const session = await login(createDeps(target, { smtpUrl: undefined, mailFrom: 'x' }), {
    username: world.tree.users.commune.officer.username,
    password: 'demo1234',
  });
  expect(session.token).toBeTruthy();
});

test('a damaged backup is refused and leaves the database as it was', async () => {
  const before = await counts(target);
  const broken = join(dir, 'broken.backup');
  writeFileSync(
    broken,
    '{"format":"loa-backup","version":1,"tables":["units"]}\n{"t":"units","r":{"id":"not-a-uuid"}}\n',
  );
  await expect(restoreDatabase(target.db, broken)).rejects.toThrow();
  expect(await counts(target)).toEqual(before);
  const foreign = join(dir, 'foreign.json');
  writeFileSync(foreign, '{"hello":"world"}\n');
  await expect(restoreDatabase(target.db, foreign)).rejects.toThrow(/không phải bản sao lưu/);
});
