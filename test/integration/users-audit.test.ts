import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: string;
let cambinhId: string;
let kalongId: string;

beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  admin = await t.login('admin');
  const find = async (q: string) =>
    (await t.app.inject({ url: `/api/v1/units?search=${q}`, headers: { cookie: admin } })).json()
      .items[0].id;
  cambinhId = await find('phuong%20cam%20binh');
  kalongId = await find('phuong%20ka%20long');
});
afterAll(async () => t.close());

describe('managing users', () => {
  test('an admin creates an officer who can then sign in; the password is never returned', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin },
      payload: {
        unitId: cambinhId,
        username: 'Vanhoa.CamBinh',
        displayName: 'Trần Thị Hoa',
        role: 'officer',
        password: 'hoa-cam-binh-2026',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      username: 'vanhoa.cambinh',
      role: 'officer',
      active: true,
      locked: false,
    });
    expect(res.body).not.toContain('password');
    await expect(t.login('vanhoa.cambinh', 'hoa-cam-binh-2026')).resolves.toContain('loa_session=');
  });

  test('a duplicate username is a 409 and a bad one a 400 naming the field', async () => {
    const base = {
      unitId: cambinhId,
      displayName: 'Ai đó',
      role: 'viewer',
      password: 'mat-khau-dai-du',
    };
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin },
      payload: { ...base, username: 'cambinh' },
    });
    expect(dup.statusCode).toBe(409);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin },
      payload: { ...base, username: 'có dấu' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('username');
  });

  test('deactivating a user ends their sessions; a leader sees the users of the ward only', async () => {
    const kalong = await t.login('kalong');
    const list = (
      await t.app.inject({ url: '/api/v1/users?search=kalong', headers: { cookie: admin } })
    ).json().items;
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${list[0].id}`,
      headers: { cookie: admin },
      payload: { active: false },
    });
    expect(res.json().active).toBe(false);
    expect(
      (await t.app.inject({ url: '/api/v1/me', headers: { cookie: kalong } })).statusCode,
    ).toBe(401);
    const leader = await t.login('lanhdao.cambinh');
    const seen = (await t.app.inject({ url: '/api/v1/users', headers: { cookie: leader } }))
      .json()
      .items.map((u: { username: string }) => u.username);
    expect(seen).toEqual(expect.arrayContaining(['cambinh', 'lanhdao.cambinh']));
    expect(seen).not.toContain('kalong');
    expect(seen).not.toContain('admin');
    expect(
      (await t.app.inject({ url: `/api/v1/users?unitId=${kalongId}`, headers: { cookie: leader } }))
        .statusCode,
    ).toBe(404);
  });

  test('an admin cannot demote or lock themself', async () => {
    const me = (await t.app.inject({ url: '/api/v1/me', headers: { cookie: admin } })).json();
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${me.id}`,
      headers: { cookie: admin },
      payload: { role: 'viewer' },
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('audit log', () => {
  test('records every change with who, when, which unit and what changed, filterable by entity', async () => {
    const items = (
      await t.app.inject({
        url: '/api/v1/audit?entity=user&action=create',
        headers: { cookie: admin },
      })
    ).json().items;
    const created = items.find(
      (e: { changes: { username?: string } }) => e.changes.username === 'vanhoa.cambinh',
    );
    expect(created).toMatchObject({
      actorName: 'Quản trị hệ thống',
      unitName: 'Phường Cẩm Bình',
      entity: 'user',
      action: 'create',
    });
    expect(new Date(created.at).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  test('a leader sees only the log of the ward; officers may not read it', async () => {
    const leader = await t.login('lanhdao.cambinh');
    const res = (
      await t.app.inject({ url: '/api/v1/audit?pageSize=200', headers: { cookie: leader } })
    ).json();
    const units = new Set(res.items.map((e: { unitName: string }) => e.unitName));
    expect(units.has('Phường Ka Long')).toBe(false);
    expect(units.has('Phường Cẩm Bình')).toBe(true);
    const officer = await t.login('cambinh');
    expect(
      (await t.app.inject({ url: '/api/v1/audit', headers: { cookie: officer } })).statusCode,
    ).toBe(403);
  });

  test('date filters use Vietnamese civil days and bad dates are 400s', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
      new Date(),
    );
    const res = (
      await t.app.inject({
        url: `/api/v1/audit?from=${today}&to=${today}`,
        headers: { cookie: admin },
      })
    ).json();
    expect(res.total).toBeGreaterThan(0);
    expect(
      (await t.app.inject({ url: '/api/v1/audit?from=2026-13-45', headers: { cookie: admin } }))
        .statusCode,
    ).toBe(400);
    const past = (
      await t.app.inject({ url: '/api/v1/audit?to=2020-01-01', headers: { cookie: admin } })
    ).json();
    expect(past.total).toBe(0);
  });
});
