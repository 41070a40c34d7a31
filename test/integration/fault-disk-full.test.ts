import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../../src/db/query-rows';
import { buildWardAtWork, type WardAtWork } from '../support/factories';
import { openedSoFar } from '../support/teardown';
import { buildTestApp, type TestApp } from '../support/test-app';
import { formBody } from '../support/upload-form';

const SIZE = '2m';
const mount = (dir: string) =>
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${SIZE}`, 'tmpfs', dir]);
const unmount = (dir: string) => execFileSync('umount', [dir]);

/** Why a small tmpfs cannot be mounted here, or null when it can (tried once, at load). */
function cannotMount(): string | null {
  if (process.platform !== 'linux') return 'tmpfs mounts need Linux';
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root (CAP_SYS_ADMIN)';
  const probe = mkdtempSync(join(tmpdir(), 'loa-probe-'));
  try {
    mount(probe);
    unmount(probe);
    return null;
  } catch (error) {
    return `mount -t tmpfs failed: ${String(error).split('\n')[0]}`;
  } finally {
    rmdirSync(probe);
  }
}
const skipReason = cannotMount();
if (skipReason) console.warn(`[fault] disk-full test skipped: ${skipReason}`);

/** Every file under `dir`, as storage keys (paths relative to it). */
function filesUnder(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name), root) : [relative(root, join(dir, e.name))],
  );
}

// A real one-pixel PNG and 300 KB after its end: a picture by its content (a signature followed by
// noise is none), about a seventh of the disk.
const PNG_PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const photo = () => Buffer.concat([PNG_PIXEL, randomBytes(300 * 1024)]);

describe.skipIf(skipReason !== null)(`the file storage's disk filling up (a ${SIZE} tmpfs)`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'loa-full-'));
  let t: TestApp;
  let world: WardAtWork;
  let officer = '';
  let unitId = '';
  const opened = openedSoFar();

  beforeAll(async () => {
    mount(dir);
    // The ward's approved poster puts its file on the small disk before the test starts.
    t = await opened.open(
      buildTestApp({
        storageDir: dir,
        prepare: async (_database, deps) => {
          world = await buildWardAtWork(deps);
        },
      }),
    );
    officer = await t.login(world.tree.users.commune.officer.username);
    unitId = (await t.app.inject({ url: '/api/v1/me', headers: { cookie: officer } })).json().unit
      .id;
    expect(unitId).toBe(world.tree.commune.id);
  });
  afterAll(async () => {
    await opened.closeAll();
    try {
      unmount(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const newActivity = async (i: number): Promise<string> => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/activities',
      headers: { cookie: officer },
      payload: {
        unitId,
        occurredOn: '2022-05-02',
        channel: 'visual',
        categoryCode: 'bang_ron',
        quantity: 1 + i,
        title: `Treo băng rôn đợt ${i}`,
      },
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  const putPhoto = async (id: string, bytes: Buffer) => {
    const form = await formBody({ photo: { name: 'anh.png', bytes } });
    return t.app.inject({
      method: 'PUT',
      url: `/api/v1/activities/${id}/photo`,
      headers: { cookie: officer, ...form.headers },
      payload: form.payload,
    });
  };
  const getPhoto = async (id: string) =>
    (await t.app.inject({ url: `/api/v1/activities/${id}/photo`, headers: { cookie: officer } }))
      .rawPayload;
  /** Files the database points at: photos of activities and files of content items. */
  const keysInDatabase = async (): Promise<string[]> =>
    (
      await queryRows<{ key: string }>(
        t.database.db,
        sql`select photo_key as key from activities where photo_key is not null
            union all select file_key from content_items where file_key is not null
            union all select photo_key from milestone_completions`,
      )
    )
      .map((r) => r.key)
      .sort();
  const photoUpdates = async (id: string): Promise<number> =>
    (
      await queryRows<{ n: number }>(
        t.database.db,
        sql`select count(*)::int as n from audit_log where entity_id = ${id} and action = 'update'`,
      )
    )[0]?.n ?? -1;

  test('the upload that does not fit gets a 507 problem, leaves no row and no partial file, and uploads work again once space is freed', async () => {
    // Someone else's data on the same disk, freed later by the operator.
    const filler = join(dir, 'filler.bin');
    writeFileSync(filler, randomBytes(600 * 1024));

    const stored = new Map<string, Buffer>();
    let full: { id: string; res: Awaited<ReturnType<typeof putPhoto>> } | null = null;
    for (let i = 0; i < 10 && !full; i++) {
      const id = await newActivity(i);
      const bytes = photo();
      const res = await putPhoto(id, bytes);
      if (res.statusCode === 200) stored.set(id, bytes);
      else full = { id, res };
    }
    if (!full) throw new Error('the disk never filled up');
    expect(stored.size).toBeGreaterThanOrEqual(2);
    expect(full.res.statusCode).toBe(507);
    expect(full.res.headers['content-type']).toContain('application/problem+json');
    expect(full.res.json()).toMatchObject({
      status: 507,
      code: 'storage_full',
      title: 'Bộ nhớ lưu trữ đã đầy',
    });
    expect(full.res.json().detail).toContain('đã đầy');
    expect(full.res.body).not.toMatch(/ENOSPC|\/tmp|stack/);

    // Nothing of the failed upload remains: no photo on the row, no audit entry, no partial file.
    const photoOf = async (id: string) =>
      (
        await queryRows<{ key: string | null }>(
          t.database.db,
          sql`select photo_key as key from activities where id = ${id}::uuid`,
        )
      )[0]?.key;
    expect(await photoOf(full.id)).toBeNull();
    expect(await photoUpdates(full.id)).toBe(0);
    const onDisk = () => filesUnder(dir).filter((f) => f !== 'filler.bin');
    expect(onDisk().filter((f) => f.endsWith('.part'))).toEqual([]);
    expect(onDisk().sort()).toEqual(await keysInDatabase());
    for (const [id, bytes] of stored) expect((await getPhoto(id)).equals(bytes)).toBe(true);

    // A content file hits the same wall the same way; the rest of the app works on.
    const districtOfficer = await t.login(world.tree.users.district.officer.username);
    const me = (
      await t.app.inject({ url: '/api/v1/me', headers: { cookie: districtOfficer } })
    ).json();
    const poster = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/content',
        headers: { cookie: districtOfficer },
        payload: { unitId: me.unit.id, kind: 'poster', title: 'Pano cổ động ngày bầu cử' },
      })
    ).json().id as string;
    const putFile = async () => {
      const bytes = photo();
      const form = await formBody({
        size: String(bytes.length),
        file: { name: 'pano.png', bytes },
      });
      return t.app.inject({
        method: 'PUT',
        url: `/api/v1/content/${poster}/file`,
        headers: { cookie: districtOfficer, ...form.headers },
        payload: form.payload,
      });
    };
    const refused = await putFile();
    expect(refused.statusCode).toBe(507);
    expect(refused.json().code).toBe('storage_full');
    const item = await t.app.inject({
      url: `/api/v1/content/${poster}`,
      headers: { cookie: districtOfficer },
    });
    expect(item.json().file).toBeNull();
    expect(await photoUpdates(poster)).toBe(0);
    expect(onDisk().sort()).toEqual(await keysInDatabase());
    await newActivity(99);

    // The operator frees space: the same uploads now succeed, and a replaced photo is removed.
    rmSync(filler);
    const again = photo();
    expect((await putPhoto(full.id, again)).statusCode).toBe(200);
    expect((await getPhoto(full.id)).equals(again)).toBe(true);
    const [firstId] = stored.keys();
    const replacement = photo();
    expect((await putPhoto(firstId ?? '', replacement)).statusCode).toBe(200);
    expect((await getPhoto(firstId ?? '')).equals(replacement)).toBe(true);
    expect((await putFile()).statusCode).toBe(200);
    expect(onDisk().sort()).toEqual(await keysInDatabase());

    console.info(
      `[fault] disk full: ${stored.size} photos of 300 KB fitted beside the built ward's files and 600 KB of other data on ${SIZE}; ` +
        `the next photo and a content file got 507 storage_full; after freeing space both were stored`,
    );
  });
});
