import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAdmin } from '../../src/cli/admin-create';
import { buildTestApp, type TestApp } from '../support/test-app';

// `loa admin create` on a new installation: the first account, by the same rules as the API's.

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t.close());

const create = (...args: string[]) => createAdmin(t.deps, args);

describe('loa admin create', () => {
  test('makes the root unit and its admin, who can then sign in and sees the change log', async () => {
    expect(
      await create('--username', 'QuanTri', '--password', 'quan-tri-2026', '--unit', 'Tỉnh Nam Hà'),
    ).toBe('Đã tạo tài khoản quản trị "quantri" tại "Tỉnh Nam Hà".');
    const cookie = await t.login('quantri', 'quan-tri-2026');
    const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ username: 'quantri', role: 'admin' });
    const log = await t.app.inject({ url: '/api/v1/audit', headers: { cookie } });
    expect(
      log.json<{ items: Array<{ entity: string; action: string; actorName: string }> }>().items,
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          entity: 'unit',
          action: 'create',
          actorName: 'Lệnh tạo tài khoản quản trị',
        }),
        expect.objectContaining({
          entity: 'user',
          action: 'create',
          actorName: 'Lệnh tạo tài khoản quản trị',
        }),
      ]),
    );
  });

  test('a second admin joins the unit of that name, written with or without diacritics', async () => {
    await create(
      '--username',
      'pho.quantri',
      '--password',
      'pho-quan-tri-26',
      '--unit',
      'tinh nam ha',
    );
    const cookie = await t.login('pho.quantri', 'pho-quan-tri-26');
    const units = await t.app.inject({ url: '/api/v1/units', headers: { cookie } });
    expect(units.json<{ items: Array<{ name: string }> }>().items.map((u) => u.name)).toEqual([
      'Tỉnh Nam Hà',
    ]);
  });

  test('refuses what the API refuses, naming the flag, and makes nothing', async () => {
    await expect(
      create('--username', 'ab', '--password', 'quan-tri-2026', '--unit', 'Xã Mới'),
    ).rejects.toThrow(/^--username: Tên đăng nhập gồm 3–64 ký tự/);
    await expect(
      create('--username', 'quantri2', '--password', 'quantri2', '--unit', 'Xã Mới'),
    ).rejects.toThrow(/^--password: /);
    await expect(
      create('--username', 'quantri', '--password', 'quan-tri-2027', '--unit', 'Tỉnh Nam Hà'),
    ).rejects.toThrow('Tên đăng nhập "quantri" đã có người dùng.');
    // Nothing refused left a unit behind.
    const cookie = await t.login('quantri', 'quan-tri-2026');
    const found = await t.app.inject({
      url: `/api/v1/units?search=${encodeURIComponent('xa moi')}`,
      headers: { cookie },
    });
    expect(found.json<{ items: unknown[] }>().items).toEqual([]);
  });

  test('on a tree that exists, refuses a name that matches no unit, or several, and makes no second root', async () => {
    const cookie = await t.login('quantri', 'quan-tri-2026');
    const root = (await t.app.inject({ url: '/api/v1/units', headers: { cookie } })).json<{
      items: Array<{ id: string }>;
    }>().items[0];
    const add = async (parentId: string, name: string, kind: string, code: string | null) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/units',
        headers: { cookie, 'idempotency-key': `create-unit-${code ?? parentId}` },
        payload: { parentId, name, kind, code },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ id: string }>().id;
    };
    const a = await add(root?.id ?? '', 'Huyện Yên Lạc', 'district', 'YL');
    const b = await add(root?.id ?? '', 'Huyện Ý Yên', 'district', 'YY');
    await add(a, 'Xã Yên Phương', 'commune', 'YL-01');
    // Many units have no code (the demo's have none): one of the two is named by its id.
    const noCode = await add(b, 'Xã Yên Phương', 'commune', null);
    const roots = async () =>
      (await t.app.inject({ url: '/api/v1/units?search=', headers: { cookie } })).json<{
        items: unknown[];
      }>().items.length;
    const before = await roots();

    await expect(
      create('--username', 'lac.danh', '--password', 'quan-tri-2027', '--unit', 'Xã Không Có'),
    ).rejects.toThrow(/^--unit: Cây đơn vị không có đơn vị nào tên hoặc mã "Xã Không Có"/);
    await expect(
      create('--username', 'lac.danh', '--password', 'quan-tri-2027', '--unit', 'xa yen phuong'),
    ).rejects.toThrow(
      `--unit: Có 2 đơn vị tên "xa yen phuong" (Xã Yên Phương, mã YL-01; Xã Yên Phương, id ${noCode}); hãy ghi mã hoặc id của một đơn vị để chọn đúng đơn vị đó.`,
    );
    expect(await roots()).toBe(before);

    // Its code or its id chooses one, and the name of a unit deep in the tree is found, however
    // many others have a name that contains it.
    expect(
      await create('--username', 'lac.danh', '--password', 'quan-tri-2027', '--unit', 'YL-01'),
    ).toBe('Đã tạo tài khoản quản trị "lac.danh" tại "Xã Yên Phương".');
    expect(
      await create('--username', 'yp.admin', '--password', 'quan-tri-2029', '--unit', noCode),
    ).toBe('Đã tạo tài khoản quản trị "yp.admin" tại "Xã Yên Phương".');
    expect(
      await create(
        '--username',
        'yl.admin',
        '--password',
        'quan-tri-2028',
        '--unit',
        'HUYEN YEN LAC',
      ),
    ).toBe('Đã tạo tài khoản quản trị "yl.admin" tại "Huyện Yên Lạc".');
  });
});
