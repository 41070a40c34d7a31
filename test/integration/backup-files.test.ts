import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { backupDatabase, restoreDatabase } from '../../src/db/backup';
import type { Database } from '../../src/db/database';
import { queryRows } from '../../src/db/query-rows';
import { localStorage } from '../../src/server/adapters/local-storage';
import { buildWardAtWork } from '../support/factories';
import { openedSoFar } from '../support/teardown';
import { buildTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase } from '../support/test-db';

let source: TestApp;
let target: Database;
const opened = openedSoFar();
const dir = mkdtempSync(join(tmpdir(), 'loa-backup-files-'));
const uploads = join(dir, 'files');
// Keys as local storage makes them, an empty file, and one bigger than a backup line's chunk.
const FILES: Record<string, Buffer> = {
  'content/2026/a1b2.docx': randomBytes(3000),
  'photos/đã-dấu/ảnh 1.png': randomBytes(10),
  'empty.txt': Buffer.alloc(0),
  'audio/large.mp3': randomBytes(2_500_000),
};

beforeAll(async () => {
  // The target first, so that closeAll (the last opened first) closes the source before it.
  target = await opened.open(createTestDatabase());
  source = await opened.open(
    buildTestApp({
      prepare: async (_database, deps) => {
        await buildWardAtWork(deps);
      },
    }),
  );
  for (const [key, bytes] of Object.entries(FILES)) {
    mkdirSync(dirname(join(uploads, key)), { recursive: true });
    writeFileSync(join(uploads, key), bytes);
  }
  // A write in progress (local storage's temporary name) is not a file yet.
  writeFileSync(join(uploads, 'content', '.0f1e.part'), 'half');
});
afterAll(async () => {
  await opened.closeAll();
  rmSync(dir, { recursive: true, force: true });
});

const unitNames = async (db: Database): Promise<string[]> =>
  (await queryRows<{ name: string }>(db.db, sql`select name from units order by name`)).map(
    (r) => r.name,
  );

test('a backup carries every uploaded file and a restore puts each back byte for byte', async () => {
  const file = join(dir, 'with-files.backup');
  const summary = await backupDatabase(source.database.db, file, { filesDir: uploads });
  expect(summary.files).toBe(Object.keys(FILES).length);
  const restoredFiles = join(dir, 'restored-files');
  const restored = await restoreDatabase(target.db, file, {
    storage: localStorage(restoredFiles),
  });
  expect(restored.files).toBe(Object.keys(FILES).length);
  for (const [key, bytes] of Object.entries(FILES))
    expect(readFileSync(join(restoredFiles, key)).equals(bytes), key).toBe(true);
  expect(() => readFileSync(join(restoredFiles, 'content', '.0f1e.part'))).toThrow();
  expect(await unitNames(target)).toEqual(await unitNames(source.database));
});

test('--without-files leaves the files out, and a restore without storage leaves them alone', async () => {
  const file = join(dir, 'without-files.backup');
  const summary = await backupDatabase(source.database.db, file, { filesDir: null });
  expect(summary.files).toBe(0);
  expect(readFileSync(file, 'utf8')).not.toContain('"f":');
  const withFiles = join(dir, 'with-files.backup');
  const restored = await restoreDatabase(target.db, withFiles, { storage: null });
  expect(restored.files).toBe(0);
});

test('a backup cut short is refused and leaves the database as it was', async () => {
  const whole = readFileSync(join(dir, 'with-files.backup'), 'utf8').trimEnd().split('\n');
  const before = await unitNames(target);
  await source.database.db.execute(sql`update units set name = name || ' (sau)'`);
  await backupDatabase(source.database.db, join(dir, 'later.backup'), { filesDir: null });
  const later = readFileSync(join(dir, 'later.backup'), 'utf8').trimEnd().split('\n');
  // Cut in the rows, and cut just before the last line (every row there, but not marked whole).
  for (const lines of [later.slice(0, Math.floor(later.length / 2)), later.slice(0, -1)]) {
    const cut = join(dir, 'cut.backup');
    writeFileSync(cut, `${lines.join('\n')}\n`);
    await expect(restoreDatabase(target.db, cut)).rejects.toThrow(/không trọn vẹn/);
    expect(await unitNames(target)).toEqual(before);
  }
  expect(JSON.parse(whole.at(-1) ?? '{}')).toMatchObject({ end: true });
});
