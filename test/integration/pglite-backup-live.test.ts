import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../../src/db/database';
import { queryRows } from '../../src/db/query-rows';
import { activityIdsOn } from '../support/activity-ids';
import { buildInDataDir, runLoa, startAppProcess, type AppProcess } from '../support/app-process';
import { buildTree } from '../support/factories';
import { httpClient, runLoops, signIn, sleep } from '../support/http-client';
import { testEngine } from '../support/test-db';
import { formData } from '../support/upload-form';

const START_MS = 240_000;
// The smallest valid PNG: one transparent pixel.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Every file under a local storage folder, by key, with its bytes. */
function filesUnder(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(root, path), readFileSync(path).toString('base64'));
  }
  return out;
}

/**
 * `loa backup` against the data folder of a running `loa serve` on PGlite: it must ask the server,
 * never open the folder a second time (which left a folder that no longer started after a crash).
 */
describe.runIf(testEngine() === 'pglite')('loa backup while loa serve runs on PGlite', () => {
  const live = mkdtempSync(join(tmpdir(), 'loa-live-'));
  const copy = mkdtempSync(join(tmpdir(), 'loa-copy-'));
  const out = mkdtempSync(join(tmpdir(), 'loa-backup-file-'));
  const file = join(out, 'loa.backup');
  let server: AppProcess | null = null;
  afterAll(async () => {
    await server?.kill();
    for (const path of [live, copy, out]) rmSync(path, { recursive: true, force: true });
  });
  const env = (dataDir: string) => ({
    DATABASE_URL: undefined,
    DATABASE_READ_URL: undefined,
    NODE_ENV: 'development',
    LOA_DEMO: 'off',
    LOG_LEVEL: 'warn',
    LOA_STORAGE: 'local',
    LOA_DATA_DIR: dataDir,
  });

  test(
    'the backup is taken by the server while it keeps writing, survives a crash after it, and restores with its files',
    { timeout: 900_000 },
    async () => {
      // A ward and its officer, who writes every activity.
      const username = await buildInDataDir(
        live,
        async (deps) => (await buildTree(deps)).users.commune.officer.username,
      );
      server = await startAppProcess(env(live), START_MS);
      const client = httpClient(server.origin);
      const cookie = await signIn(client, username);
      const me = JSON.parse((await client({ url: '/api/v1/me', cookie })).body) as {
        unit: { id: string };
      };
      const record = (title: string) =>
        client({
          method: 'POST',
          url: '/api/v1/activities',
          cookie,
          json: {
            unitId: me.unit.id,
            occurredOn: '2023-04-02',
            channel: 'visual',
            categoryCode: 'bang_ron',
            quantity: 3,
            title,
          },
        });
      const kept = await record('Treo băng rôn trước khi sao lưu');
      expect(kept.status, kept.body).toBe(201);
      const keptId = (JSON.parse(kept.body) as { id: string }).id;
      const photo = await fetch(`${server.origin}/api/v1/activities/${keptId}/photo`, {
        method: 'PUT',
        headers: { cookie },
        body: formData({ photo: { name: 'anh.png', bytes: PNG } }),
      });
      expect(photo.status).toBe(200);

      // Writes go on while the backup runs, and every one of them is answered.
      const statuses: number[] = [];
      const acknowledged: string[] = [];
      const write = async (title: string): Promise<void> => {
        const res = await record(title);
        statuses.push(res.status);
        if (res.status === 201) acknowledged.push((JSON.parse(res.body) as { id: string }).id);
      };
      let running = true;
      let n = 0;
      const load = runLoops(
        2,
        () => running,
        async () => {
          await write(`Ghi trong lúc sao lưu ${n++}`);
          await sleep(20);
        },
      );
      const backup = await runLoa(['backup', file], { ...env(live), LOG_LEVEL: 'silent' });
      running = false;
      await load;
      expect(backup.code, backup.stderr).toBe(0);
      expect(backup.stdout).toContain(`tiến trình ${server.child.pid}`);
      expect(statuses.length).toBeGreaterThan(0);
      const liveFiles = filesUnder(join(live, 'files'));
      expect([...liveFiles.values()]).toContain(PNG.toString('base64'));
      // Before the fix, writes answered after a backup had opened the folder were gone after a
      // crash (30 of 30 here), or the folder no longer started.
      for (let i = 0; i < 30; i++) await write(`Ghi sau khi sao lưu ${i}`);
      expect(statuses.filter((s) => s !== 201)).toEqual([]);

      // The folder was never opened twice: killed now, the server starts again on it with
      // every acknowledged write.
      await server.kill();
      server = await startAppProcess(env(live), START_MS);
      const again = httpClient(server.origin);
      const cookieAgain = await signIn(again, username);
      const after = await again({ url: `/api/v1/activities/${keptId}/photo`, cookie: cookieAgain });
      expect(after.status).toBe(200);
      const stored = await activityIdsOn(again, cookieAgain, '2023-04-02');
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);

      const restore = await runLoa(['restore', file], { ...env(copy), LOG_LEVEL: 'silent' });
      expect(restore.code, restore.stderr).toBe(0);
      expect(filesUnder(join(copy, 'files'))).toEqual(liveFiles);
      const restored = await openDatabase({ dataDir: join(copy, 'pglite') });
      try {
        const rows = await queryRows<{ title: string; photoKey: string }>(
          restored.db,
          sql`select title, photo_key as "photoKey" from activities where id = ${keptId}::uuid`,
        );
        expect(rows.map((r) => r.title)).toEqual(['Treo băng rôn trước khi sao lưu']);
        // The restored row names a file the restored storage holds, with the uploaded bytes.
        expect(filesUnder(join(copy, 'files')).get(rows[0]?.photoKey ?? '')).toBe(
          PNG.toString('base64'),
        );
      } finally {
        await restored.close();
      }
    },
  );
});
