import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { User } from '../../src/domain/accounts/user';
import type { Unit } from '../../src/domain/units/unit';
import { buildTree, buildUnit, buildUser, type BuiltTree } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// A province admin above two wards of one district: the tree's commune, where users are added,
// and a neighbouring ward whose officer is deactivated, so each ward's leader has something of
// the other's to not see.
let t: TestApp;
let tree: BuiltTree;
let admin: string;
let ward: Unit;
let neighbour: Unit;
let neighbourOfficer: User;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildTree(t.deps);
  ward = tree.commune;
  neighbour = await buildUnit(t.deps, { parent: tree.district, name: 'Phường láng giềng' });
  neighbourOfficer = await buildUser(t.deps, neighbour, { username: 'canbo.langgieng' });
  admin = await t.login(tree.users.province.admin.username);
});
afterAll(async () => t.close());

describe('managing users', () => {
  test('an admin creates an officer who can then sign in; the password is never returned', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin },
      payload: {
        unitId: ward.id,
        username: 'Vanhoa.XaThu',
        displayName: 'Trần Thị Hoa',
        role: 'officer',
        password: 'hoa-cam-binh-2026',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      username: 'vanhoa.xathu',
      role: 'officer',
      active: true,
      locked: false,
    });
    expect(res.body).not.toContain('password');
    await expect(t.login('vanhoa.xathu', 'hoa-cam-binh-2026')).resolves.toContain('loa_session=');
  });

  test('a duplicate username is a 409 and a bad one a 400 naming the field', async () => {
    const base = {
      unitId: ward.id,
      displayName: 'Ai đó',
      role: 'viewer',
      password: 'mat-khau-dai-du',
    };
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin },
      payload: { ...base, username: tree.users.commune.officer.username },
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
    const deactivated = await t.login(neighbourOfficer.username);
    const list = (
      await t.app.inject({
        url: `/api/v1/users?search=${neighbourOfficer.username}`,
        headers: { cookie: admin },
      })
    ).json().items;
    expect(list.map((u: { id: string }) => u.id)).toEqual([neighbourOfficer.id]);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${list[0].id}`,
      headers: { cookie: admin },
      payload: { active: false },
    });
    expect(res.json().active).toBe(false);
    expect(
      (await t.app.inject({ url: '/api/v1/me', headers: { cookie: deactivated } })).statusCode,
    ).toBe(401);
    const leader = await t.login(tree.users.commune.leader.username);
    const seen = (await t.app.inject({ url: '/api/v1/users', headers: { cookie: leader } }))
      .json()
      .items.map((u: { username: string }) => u.username);
    expect(seen).toEqual(
      expect.arrayContaining([
        tree.users.commune.officer.username,
        tree.users.commune.leader.username,
      ]),
    );
    expect(seen).not.toContain(neighbourOfficer.username);
    expect(seen).not.toContain(tree.users.province.admin.username);
    expect(
      (
        await t.app.inject({
          url: `/api/v1/users?unitId=${neighbour.id}`,
          headers: { cookie: leader },
        })
      ).statusCode,
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
      (e: { changes: { username?: string } }) => e.changes.username === 'vanhoa.xathu',
    );
    expect(created).toMatchObject({
      actorName: tree.users.province.admin.displayName,
      unitName: ward.name,
      entity: 'user',
      action: 'create',
    });
    expect(new Date(created.at).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  test('a leader sees only the log of the ward; officers may not read it', async () => {
    const leader = await t.login(tree.users.commune.leader.username);
    const res = (
      await t.app.inject({ url: '/api/v1/audit?pageSize=200', headers: { cookie: leader } })
    ).json();
    const units = new Set(res.items.map((e: { unitName: string }) => e.unitName));
    expect(units.has(neighbour.name)).toBe(false);
    expect(units.has(ward.name)).toBe(true);
    const officer = await t.login(tree.users.commune.officer.username);
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
