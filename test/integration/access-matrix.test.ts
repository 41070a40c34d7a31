import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Role } from '../../src/domain/accounts/access';
import type { Unit } from '../../src/domain/units/unit';
import { buildUnit, buildUser } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

type Relation = 'own' | 'child' | 'sibling' | 'parent';
type Operation = 'read unit' | 'write unit' | 'read users' | 'write users';

/** What each role may do to each unit relative to its own: the whole policy, cell by cell. */
const EXPECTED: Record<Role, Record<Operation, Record<Relation, number>>> = {
  admin: {
    'read unit': { own: 200, child: 200, sibling: 404, parent: 404 },
    'write unit': { own: 200, child: 200, sibling: 404, parent: 404 },
    'read users': { own: 200, child: 200, sibling: 404, parent: 404 },
    'write users': { own: 201, child: 201, sibling: 404, parent: 404 },
  },
  leader: {
    'read unit': { own: 200, child: 200, sibling: 404, parent: 404 },
    'write unit': { own: 200, child: 200, sibling: 404, parent: 404 },
    'read users': { own: 200, child: 200, sibling: 404, parent: 404 },
    'write users': { own: 403, child: 403, sibling: 404, parent: 404 },
  },
  officer: {
    'read unit': { own: 200, child: 200, sibling: 404, parent: 404 },
    'write unit': { own: 403, child: 403, sibling: 404, parent: 404 },
    'read users': { own: 403, child: 403, sibling: 403, parent: 403 },
    'write users': { own: 403, child: 403, sibling: 404, parent: 404 },
  },
  viewer: {
    'read unit': { own: 200, child: 200, sibling: 404, parent: 404 },
    'write unit': { own: 403, child: 403, sibling: 404, parent: 404 },
    'read users': { own: 403, child: 403, sibling: 403, parent: 403 },
    'write users': { own: 403, child: 403, sibling: 404, parent: 404 },
  },
};

let t: TestApp;
const units = new Map<Relation, Unit>();
const cookies = new Map<Role, string>();

beforeAll(async () => {
  t = await buildTestApp();
  const parent = await buildUnit(t.deps, { name: 'Thành phố Thử' });
  const own = await buildUnit(t.deps, { parent, name: 'Phường Thử' });
  units.set('parent', parent).set('own', own);
  units.set(
    'child',
    await buildUnit(t.deps, { parent: own, name: 'Khu phố Thử', kind: 'village' }),
  );
  units.set('sibling', await buildUnit(t.deps, { parent, name: 'Phường Bên Cạnh' }));
  for (const role of ['admin', 'leader', 'officer', 'viewer'] as const) {
    const user = await buildUser(t.deps, own, { role, username: `matrix.${role}` });
    cookies.set(role, await t.login(user.username));
  }
});
afterAll(async () => t.close());

let seq = 0;
async function attempt(role: Role, op: Operation, unit: Unit): Promise<number> {
  const cookie = cookies.get(role) as string;
  switch (op) {
    case 'read unit':
      return (await t.app.inject({ url: `/api/v1/units/${unit.id}`, headers: { cookie } }))
        .statusCode;
    case 'write unit': {
      const current = await t.deps.repos.units.get(unit.id);
      const payload = { name: `${unit.name} (${role})`, version: current?.version ?? 1 };
      return (
        await t.app.inject({
          method: 'PATCH',
          url: `/api/v1/units/${unit.id}`,
          headers: { cookie },
          payload,
        })
      ).statusCode;
    }
    case 'read users':
      return (await t.app.inject({ url: `/api/v1/users?unitId=${unit.id}`, headers: { cookie } }))
        .statusCode;
    case 'write users': {
      const payload = {
        unitId: unit.id,
        username: `new.${role}.${++seq}`,
        displayName: 'Cán bộ mới',
        role: 'viewer',
        password: 'mat-khau-dai-du',
      };
      return (
        await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie }, payload })
      ).statusCode;
    }
  }
}

test('every role × relation × operation cell answers exactly as the policy says', async () => {
  const leaks: string[] = [];
  for (const [role, ops] of Object.entries(EXPECTED) as Array<[Role, (typeof EXPECTED)[Role]]>) {
    for (const [op, cells] of Object.entries(ops) as Array<[Operation, Record<Relation, number>]>) {
      for (const [relation, expected] of Object.entries(cells) as Array<[Relation, number]>) {
        const got = await attempt(role, op, units.get(relation) as Unit);
        if (got !== expected)
          leaks.push(`${role} ${op} ${relation}: expected ${expected}, got ${got}`);
      }
    }
  }
  expect(leaks).toEqual([]);
});

test('refused writes changed nothing: the sibling and parent keep their names', async () => {
  expect((await t.deps.repos.units.get(units.get('sibling')?.id ?? ''))?.name).toBe(
    'Phường Bên Cạnh',
  );
  expect((await t.deps.repos.units.get(units.get('parent')?.id ?? ''))?.name).toBe('Thành phố Thử');
});

test('searching never returns units outside the subtree', async () => {
  const res = await t.app.inject({
    url: '/api/v1/units?search=phuong',
    headers: { cookie: cookies.get('admin') as string },
  });
  expect(res.json().items.map((u: { name: string }) => u.name)).not.toContain('Phường Bên Cạnh');
});
