import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, test } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';
import { FolderLockedError, LOCK_FILE } from '../../src/db/folder-lock';
import { queryRows } from '../../src/db/query-rows';
import { runLoa } from '../support/app-process';
import { createPostgresDatabase, testEngine } from '../support/test-db';

/** Every file of a folder with its size and modification time: equal snapshots, untouched folder. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const s = statSync(path);
    out[path.slice(dir.length)] = `${s.size}:${s.mtimeMs}`;
  }
  return out;
}

/** The pid of a process that has exited: what a lock left by a killed server names. */
function deadPid(): number {
  const done = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(done.stdout.toString());
}

const lockOf = (folder: string): { pid: number } =>
  JSON.parse(readFileSync(join(folder, LOCK_FILE), 'utf8')) as { pid: number };

// The lock guards the embedded engine's folder; PostgreSQL has its own server, so this is PGlite's.
describe.runIf(testEngine() === 'pglite')('one process owns a PGlite folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'loa-lock-'));
  const folder = join(dataDir, 'pglite');
  let owner: Database | null = null;
  afterAll(async () => {
    await owner?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test(
    'a second open, in this process or by a loa command, is refused with the owner named, and the folder is untouched',
    { timeout: 180_000 },
    async () => {
      owner = await openDatabase({ dataDir: folder });
      await owner.migrate();
      await owner.db.execute(sql`create table lock_probe (note text)`);
      await owner.db.execute(sql`insert into lock_probe values ('trước khi bị mở lần hai')`);
      expect(lockOf(folder).pid).toBe(process.pid);

      await expect(openDatabase({ dataDir: folder })).rejects.toThrow(FolderLockedError);
      const before = snapshot(folder);
      const second = await runLoa(['migrate'], {
        LOA_DATA_DIR: dataDir,
        DATABASE_URL: undefined,
        LOG_LEVEL: 'silent',
      });
      expect(second.code, second.stdout).toBe(1);
      expect(second.stderr).toContain(`đang được tiến trình ${process.pid} sử dụng`);
      expect(second.stderr).toContain(`in use by process ${process.pid}`);
      expect(second.stderr).toContain(join(folder, LOCK_FILE));
      expect(snapshot(folder)).toEqual(before);
      // The owner goes on as if nothing happened.
      const rows = await queryRows<{ note: string }>(owner.db, sql`select note from lock_probe`);
      expect(rows.map((r) => r.note)).toEqual(['trước khi bị mở lần hai']);
    },
  );

  test(
    'a clean close releases the folder, and a lock left by a process that is gone is taken over',
    { timeout: 120_000 },
    async () => {
      await owner?.close();
      owner = null;
      expect(readdirSync(folder)).not.toContain(LOCK_FILE);

      const gone = deadPid();
      writeFileSync(join(folder, LOCK_FILE), JSON.stringify({ pid: gone }));
      owner = await openDatabase({ dataDir: folder });
      expect(lockOf(folder).pid).toBe(process.pid);
      const rows = await queryRows<{ note: string }>(owner.db, sql`select note from lock_probe`);
      expect(rows.map((r) => r.note)).toEqual(['trước khi bị mở lần hai']);
    },
  );
});

// With DATABASE_URL the folder is never opened, so its lock stops nobody.
describe.runIf(testEngine() === 'postgres')(
  'the PGlite lock does not touch PostgreSQL mode',
  () => {
    test(
      'a loa command on PostgreSQL runs while a live process holds the data folder lock',
      {
        timeout: 120_000,
      },
      async () => {
        const fresh = await createPostgresDatabase('loa_lock');
        const dataDir = mkdtempSync(join(tmpdir(), 'loa-lock-pg-'));
        try {
          mkdirSync(join(dataDir, 'pglite'));
          writeFileSync(join(dataDir, 'pglite', LOCK_FILE), JSON.stringify({ pid: process.pid }));
          const run = await runLoa(['migrate'], {
            LOA_DATA_DIR: dataDir,
            DATABASE_URL: fresh.url,
            LOG_LEVEL: 'silent',
          });
          expect(run.code, run.stderr).toBe(0);
          expect(run.stdout).toContain('Đã áp dụng migration.');
        } finally {
          await fresh.drop();
          rmSync(dataDir, { recursive: true, force: true });
        }
      },
    );
  },
);
