import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildUnit, buildUser } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: string;
let officer: string;
let leader: string;
let leaderName = '';
const ids = new Map<string, string>();

// The nation, a province (code 22) with two cities, a ward of eight khu phố in the first (its
// officer and leader sign in) and a ward alone in the second, where the CSV import goes.
beforeAll(async () => {
  t = await buildTestApp();
  const nation = await buildUnit(t.deps, { name: 'Toàn quốc', kind: 'nation' });
  const province = await buildUnit(t.deps, {
    parent: nation,
    name: 'Tỉnh Đông Bắc',
    kind: 'province',
    code: '22',
  });
  const city = await buildUnit(t.deps, {
    parent: province,
    name: 'Thành phố Bến Cảng',
    kind: 'district',
  });
  const border = await buildUnit(t.deps, {
    parent: province,
    name: 'Thành phố Biên Giới',
    kind: 'district',
  });
  const ward = await buildUnit(t.deps, { parent: city, name: 'Phường Hòa Lạc', kind: 'commune' });
  for (let i = 1; i <= 8; i++)
    await buildUnit(t.deps, { parent: ward, name: `Khu phố ${i}`, kind: 'village' });
  const other = await buildUnit(t.deps, {
    parent: border,
    name: 'Phường Kim Sơn',
    kind: 'commune',
  });
  for (const unit of [nation, province, city, border, ward, other]) ids.set(unit.name, unit.id);
  await buildUser(t.deps, nation, {
    role: 'admin',
    username: 'quantri',
    displayName: 'Quản trị hệ thống',
  });
  await buildUser(t.deps, ward, { role: 'officer', username: 'canbo.hoalac' });
  leaderName = (
    await buildUser(t.deps, ward, {
      role: 'leader',
      username: 'lanhdao.hoalac',
      displayName: 'Nguyễn Công Bằng',
    })
  ).displayName;
  [admin, officer, leader] = await Promise.all([
    t.login('quantri'),
    t.login('canbo.hoalac'),
    t.login('lanhdao.hoalac'),
  ]);
});
afterAll(async () => t.close());

const get = (url: string, cookie: string) => t.app.inject({ url, headers: { cookie } });
const send = (method: 'POST' | 'PATCH', url: string, cookie: string, payload: object) =>
  t.app.inject({ method, url, headers: { cookie }, payload });

describe('reading the tree', () => {
  test('search ignores diacritics and stays inside the subtree', async () => {
    const mine = (await get('/api/v1/units?search=hoa%20lac', officer))
      .json()
      .items.map((u: { name: string }) => u.name);
    expect(mine).toContain('Phường Hòa Lạc');
    expect((await get('/api/v1/units?search=kim%20son', officer)).json().items).toEqual([]);
    const all = (await get('/api/v1/units?search=kim%20son', admin))
      .json()
      .items.map((u: { name: string }) => u.name);
    expect(all).toEqual(['Phường Kim Sơn']);
  });

  test('a unit outside the subtree is a 404, inside it comes with its ancestors within scope', async () => {
    expect((await get(`/api/v1/units/${ids.get('Phường Kim Sơn')}`, officer)).statusCode).toBe(404);
    const own = (await get(`/api/v1/units/${ids.get('Phường Hòa Lạc')}`, officer)).json();
    expect(own.unit.name).toBe('Phường Hòa Lạc');
    expect(own.ancestors).toEqual([]);
    const fromAdmin = (await get(`/api/v1/units/${ids.get('Phường Hòa Lạc')}`, admin)).json();
    expect(fromAdmin.ancestors.map((u: { name: string }) => u.name)).toEqual([
      'Toàn quốc',
      'Tỉnh Đông Bắc',
      'Thành phố Bến Cảng',
    ]);
  });

  test('children come with their own child counts, for a lazy tree', async () => {
    const kids = (await get(`/api/v1/units?parentId=${ids.get('Phường Hòa Lạc')}`, officer)).json()
      .items;
    expect(kids.filter((u: { kind: string }) => u.kind === 'village')).toHaveLength(8);
    const city = (await get(`/api/v1/units?parentId=${ids.get('Tỉnh Đông Bắc')}`, admin)).json()
      .items;
    expect(city.find((u: { name: string }) => u.name === 'Thành phố Biên Giới').childCount).toBe(1);
  });

  test('a malformed id is a 400 naming the parameter', async () => {
    const res = await get('/api/v1/units/not-a-uuid', admin);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('params.id');
  });
});

describe('changing the tree', () => {
  test('a leader adds, renames and moves a khu phố; each change is audited with who did it', async () => {
    const wardId = ids.get('Phường Hòa Lạc') as string;
    const created = await send('POST', '/api/v1/units', leader, {
      parentId: wardId,
      name: '  Khu phố  9 ',
      kind: 'village',
      code: 'CB-KP9',
    });
    expect(created.statusCode).toBe(201);
    const kp9 = created.json();
    expect(kp9.name).toBe('Khu phố 9');
    const renamed = await send('PATCH', `/api/v1/units/${kp9.id}`, leader, {
      name: 'Khu phố 9A',
      version: kp9.version,
    });
    expect(renamed.json()).toMatchObject({ name: 'Khu phố 9A', version: 2 });
    const stale = await send('PATCH', `/api/v1/units/${kp9.id}`, leader, {
      name: 'Khu phố 9B',
      version: kp9.version,
    });
    expect(stale.statusCode).toBe(409);
    expect((await get(`/api/v1/units/${kp9.id}`, leader)).json().unit.name).toBe('Khu phố 9A');
    const audit = (await get('/api/v1/audit?entity=unit', leader)).json().items;
    expect(
      audit
        .filter((e: { entityId: string }) => e.entityId === kp9.id)
        .map((e: { action: string; actorName: string }) => [e.action, e.actorName]),
    ).toEqual([
      ['update', leaderName],
      ['create', leaderName],
    ]);
  });

  test('moving a subtree carries its children; moving a unit under itself is refused', async () => {
    const cityId = ids.get('Thành phố Bến Cảng') as string;
    const wardId = ids.get('Phường Hòa Lạc') as string;
    const into = await send('POST', `/api/v1/units/${cityId}/move`, admin, {
      parentId: wardId,
    });
    expect(into.statusCode).toBe(400);
    expect(into.json().errors[0].path).toBe('parentId');
    const border = (await get('/api/v1/units?search=bien%20gioi', admin)).json().items[0];
    const moved = await send('POST', `/api/v1/units/${wardId}/move`, admin, {
      parentId: border.id,
    });
    expect(moved.statusCode).toBe(200);
    const detail = (await get(`/api/v1/units/${wardId}`, admin)).json();
    expect(detail.ancestors.map((u: { name: string }) => u.name)).toContain('Thành phố Biên Giới');
    const kps = (await get('/api/v1/units?search=khu%20pho%201&limit=50', officer)).json().items;
    expect(kps.length).toBeGreaterThan(0);
    await send('POST', `/api/v1/units/${wardId}/move`, admin, { parentId: cityId });
  });

  test('a unit with active children or users cannot be deactivated; an empty one can, and leaves the tree', async () => {
    const wardId = ids.get('Phường Hòa Lạc') as string;
    expect((await send('POST', `/api/v1/units/${wardId}/deactivate`, admin, {})).statusCode).toBe(
      409,
    );
    const temp = (
      await send('POST', '/api/v1/units', admin, {
        parentId: wardId,
        name: 'Tổ tạm',
        kind: 'village',
      })
    ).json();
    expect(
      (await send('POST', `/api/v1/units/${temp.id}/deactivate`, admin, {})).json().active,
    ).toBe(false);
    const kids = (await get(`/api/v1/units?parentId=${wardId}`, admin))
      .json()
      .items.map((u: { id: string }) => u.id);
    expect(kids).not.toContain(temp.id);
    const withInactive = (await get(`/api/v1/units?parentId=${wardId}&includeInactive=true`, admin))
      .json()
      .items.map((u: { id: string }) => u.id);
    expect(withInactive).toContain(temp.id);
  });

  test('a code already in use is a 409', async () => {
    const res = await send('POST', '/api/v1/units', admin, {
      parentId: ids.get('Tỉnh Đông Bắc') as string,
      name: 'Trùng mã',
      kind: 'district',
      code: '22',
    });
    expect(res.statusCode).toBe(409);
  });
});

describe('CSV import', () => {
  const csv =
    'ma,ten,loai,ma_cap_tren\nKL-KP7,Khu phố 7,khu phố,\nKL-KP8,Khu phố 8,khu phố,\nKL-X,?,khu phố,\nKL-T1,Tổ 1,tổ dân phố,KL-KP7\n';

  test('a dry run reports each bad row by line and writes nothing', async () => {
    const res = await send('POST', '/api/v1/units/import', admin, {
      csv,
      parentId: ids.get('Phường Kim Sơn') as string,
      mode: 'keep_valid',
      dryRun: true,
    });
    expect(res.json()).toMatchObject({
      total: 4,
      valid: 3,
      created: 0,
      applied: false,
      errors: [{ line: 4, field: 'name' }],
    });
    expect((await get('/api/v1/units?search=KL-KP7', admin)).json().items).toEqual([]);
  });

  test('all-or-nothing rejects the whole file when a row is bad', async () => {
    const res = await send('POST', '/api/v1/units/import', admin, {
      csv,
      parentId: ids.get('Phường Kim Sơn') as string,
      mode: 'all_or_nothing',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('rows.4.name');
    expect((await get('/api/v1/units?search=KL-KP7', admin)).json().items).toEqual([]);
  });

  test('keep-valid creates the good rows, children under their parents from the same file', async () => {
    const res = await send('POST', '/api/v1/units/import', admin, {
      csv,
      parentId: ids.get('Phường Kim Sơn') as string,
      mode: 'keep_valid',
    });
    expect(res.json()).toMatchObject({ created: 3, applied: true });
    const to1 = (await get('/api/v1/units?search=KL-T1', admin)).json().items[0];
    const parent = (await get(`/api/v1/units/${to1.id}`, admin)).json().ancestors.at(-1);
    expect(parent.name).toBe('Khu phố 7');
  });

  test('an officer may not import, and a parent outside the subtree is not found', async () => {
    const res = await send('POST', '/api/v1/units/import', officer, { csv, mode: 'keep_valid' });
    expect(res.statusCode).toBe(403);
    const outside = await send('POST', '/api/v1/units/import', leader, {
      csv: 'ma,ten,loai,ma_cap_tren\nZ1,Khu Z,khu phố,KL-KP7\n',
      mode: 'keep_valid',
    });
    expect(outside.json().errors[0]).toMatchObject({ line: 2, field: 'parentCode' });
  });
});
