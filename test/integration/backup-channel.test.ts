import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Database } from '../../src/db/database';
import {
  CHANNEL_FILE,
  openBackupChannel,
  readBackupChannel,
  type BackupChannelInfo,
} from '../../src/server/backup-channel';
import { openedSoFar } from '../support/teardown';
import { createTestDatabase } from '../support/test-db';

let database: Database;
let channel: Awaited<ReturnType<typeof openBackupChannel>>;
let info: BackupChannelInfo;
const opened = openedSoFar();
const folder = mkdtempSync(join(tmpdir(), 'loa-channel-'));

beforeAll(async () => {
  database = await opened.open(createTestDatabase());
  channel = await opened.open(
    openBackupChannel({
      folder,
      db: database.db,
      filesDir: null,
      log: pino({ level: 'silent' }),
    }),
  );
  const read = readBackupChannel(folder);
  if (!read) throw new Error('no channel announced');
  info = read;
});
afterAll(async () => {
  await opened.closeAll();
  rmSync(folder, { recursive: true, force: true });
});

const ask = (path: string, authorization?: string) =>
  fetch(`http://127.0.0.1:${info.port}${path}`, {
    headers: authorization ? { authorization } : {},
  });

test('the backup channel answers only with the key its owner wrote, readable by the owner alone', async () => {
  expect(info.pid).toBe(process.pid);
  expect(statSync(join(folder, CHANNEL_FILE)).mode & 0o077).toBe(0);
  for (const wrong of [undefined, 'Bearer ', `Bearer ${info.token.slice(1)}`, info.token])
    expect((await ask('/backup', wrong)).status, String(wrong)).toBe(401);
  // The key opens nothing but the backup.
  expect((await ask('/', `Bearer ${info.token}`)).status).toBe(404);

  const res = await ask('/backup', `Bearer ${info.token}`);
  expect(res.status).toBe(200);
  const lines = (await res.text()).trimEnd().split('\n');
  expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ format: 'loa-backup', version: 2 });
  expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({ end: true, files: 0 });
});

test('a closed channel is gone: its file removed and its port closed', async () => {
  await channel.close();
  expect(readBackupChannel(folder)).toBeNull();
  expect(await ask('/backup', `Bearer ${info.token}`).catch(() => null)).toBeNull();
});
