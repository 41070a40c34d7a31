import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: string;
let cambinh: string;
let leader: string;
const ids = new Map<string, string>();

beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  [admin, cambinh, leader] = await Promise.all([
    t.login('admin'),
    t.login('cambinh'),
    t.login('lanhdao.cambinh'),
  ]);
  const all = await t.app.inject({
    url: '/api/v1/units?search=&limit=500',
    headers: { cookie: admin },
  });
  expect(all.statusCode).toBe(200);
  for (const name of [
    'Phường Cẩm Bình',
    'Phường Ka Long',
    'Thành phố Cẩm Phả',
    'Tỉnh Quảng Ninh',
  ]) {
    const res = await t.app.inject({
      url: `/api/v1/units?search=${encodeURIComponent(name)}`,
      headers: { cookie: admin },
    });
    const found = res.json().items.find((u: { name: string }) => u.name === name);
    ids.set(name, found.id);
  }
});
afterAll(async () => t.close());

const get = (url: string, cookie: string) => t.app.inject({ url, headers: { cookie } });
const send = (method: 'POST' | 'PATCH', url: string, cookie: string, payload: object) =>
  t.app.inject({ method, url, headers: { cookie }, payload });

describe('reading the tree', () => {
  test('search ignores diacritics and stays inside the subtree', async () => {
    const mine = (await get('/api/v1/units?search=cam%20binh', cambinh))
      .json()
      .items.map((u: { name: string }) => u.name);
    expect(mine).toContain('Phường Cẩm Bình');
    expect((await get('/api/v1/units?search=ka%20long', cambinh)).json().items).toEqual([]);
    const all = (await get('/api/v1/units?search=ka%20long', admin))
      .json()
      .items.map((u: { name: string }) => u.name);
    expect(all).toEqual(['Phường Ka Long']);
  });

  test('a unit outside the subtree is a 404, inside it comes with its ancestors within scope', async () => {
    expect((await get(`/api/v1/units/${ids.get('Phường Ka Long')}`, cambinh)).statusCode).toBe(404);
    const own = (await get(`/api/v1/units/${ids.get('Phường Cẩm Bình')}`, cambinh)).json();
    expect(own.unit.name).toBe('Phường Cẩm Bình');
    expect(own.ancestors).toEqual([]);
    const fromAdmin = (await get(`/api/v1/units/${ids.get('Phường Cẩm Bình')}`, admin)).json();
    expect(fromAdmin.ancestors.map((u: { name: string }) => u.name)).toEqual([
      'Toàn quốc',
      'Tỉnh Quảng Ninh',
      'Thành phố Cẩm Phả',
    ]);
  });

  test('children come with their own child counts, for a lazy tree', async () => {
    const kids = (await get(`/api/v1/units?parentId=${ids.get('Phường Cẩm Bình')}`, cambinh)).json()
      .items;
    expect(kids.filter((u: { kind: string }) => u.kind === 'village')).toHaveLength(8);
    const city = (await get(`/api/v1/units?parentId=${ids.get('Tỉnh Quảng Ninh')}`, admin)).json()
      .items;
    expect(city.find((u: { name: string }) => u.name === 'Thành phố Móng Cái').childCount).toBe(1);
  });

  test('a malformed id is a 400 naming the parameter', async () => {
    const res = await get('/api/v1/units/not-a-uuid', admin);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('params.id');
  });
});

describe('changing the tree', () => {
  test('a leader adds, renames and moves a khu phố; each change is audited with who did it', async () => {
    const cambinhId = ids.get('Phường Cẩm Bình') as string;
    const created = await send('POST', '/api/v1/units', leader, {
      parentId: cambinhId,
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
      ['update', 'Nguyễn Công Bằng'],
      ['create', 'Nguyễn Công Bằng'],
    ]);
  });

  test('moving a subtree carries its children; moving a unit under itself is refused', async () => {
    const camphaId = ids.get('Thành phố Cẩm Phả') as string;
    const cambinhId = ids.get('Phường Cẩm Bình') as string;
    const into = await send('POST', `/api/v1/units/${camphaId}/move`, admin, {
      parentId: cambinhId,
    });
    expect(into.statusCode).toBe(400);
    expect(into.json().errors[0].path).toBe('parentId');
    const mongcai = (await get('/api/v1/units?search=mong%20cai', admin)).json().items[0];
    const moved = await send('POST', `/api/v1/units/${cambinhId}/move`, admin, {
      parentId: mongcai.id,
    });
    expect(moved.statusCode).toBe(200);
    const detail = (await get(`/api/v1/units/${cambinhId}`, admin)).json();
    expect(detail.ancestors.map((u: { name: string }) => u.name)).toContain('Thành phố Móng Cái');
    const kps = (await get('/api/v1/units?search=khu%20pho%201&limit=50', cambinh)).json().items;
    expect(kps.length).toBeGreaterThan(0);
    await send('POST', `/api/v1/units/${cambinhId}/move`, admin, { parentId: camphaId });
  });

  test('a unit with active children or users cannot be deactivated; an empty one can, and leaves the tree', async () => {
    const cambinhId = ids.get('Phường Cẩm Bình') as string;
    expect(
      (await send('POST', `/api/v1/units/${cambinhId}/deactivate`, admin, {})).statusCode,
    ).toBe(409);
    const temp = (
      await send('POST', '/api/v1/units', admin, {
        parentId: cambinhId,
        name: 'Tổ tạm',
        kind: 'village',
      })
    ).json();
    expect(
      (await send('POST', `/api/v1/units/${temp.id}/deactivate`, admin, {})).json().active,
    ).toBe(false);
    const kids = (await get(`/api/v1/units?parentId=${cambinhId}`, admin))
      .json()
      .items.map((u: { id: string }) => u.id);
    expect(kids).not.toContain(temp.id);
    const withInactive = (
      await get(`/api/v1/units?parentId=${cambinhId}&includeInactive=true`, admin)
    )
      .json()
      .items.map((u: { id: string }) => u.id);
    expect(withInactive).toContain(temp.id);
  });

  test('a code already in use is a 409', async () => {
    const res = await send('POST', '/api/v1/units', admin, {
      parentId: ids.get('Tỉnh Quảng Ninh') as string,
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
    const kalong = await t.login('admin');
    const res = await send('POST', '/api/v1/units/import', kalong, {
      csv,
      parentId: ids.get('Phường Ka Long') as string,
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
      parentId: ids.get('Phường Ka Long') as string,
      mode: 'all_or_nothing',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('rows.4.name');
    expect((await get('/api/v1/units?search=KL-KP7', admin)).json().items).toEqual([]);
  });

  test('keep-valid creates the good rows, children under their parents from the same file', async () => {
    const res = await send('POST', '/api/v1/units/import', admin, {
      csv,
      parentId: ids.get('Phường Ka Long') as string,
      mode: 'keep_valid',
    });
    expect(res.json()).toMatchObject({ created: 3, applied: true });
    const to1 = (await get('/api/v1/units?search=KL-T1', admin)).json().items[0];
    const parent = (await get(`/api/v1/units/${to1.id}`, admin)).json().ancestors.at(-1);
    expect(parent.name).toBe('Khu phố 7');
  });

  test('an officer may not import, and a parent outside the subtree is not found', async () => {
    const res = await send('POST', '/api/v1/units/import', cambinh, { csv, mode: 'keep_valid' });
    expect(res.statusCode).toBe(403);
    const outside = await send('POST', '/api/v1/units/import', leader, {
      csv: 'ma,ten,loai,ma_cap_tren\nZ1,Khu Z,khu phố,KL-KP7\n',
      mode: 'keep_valid',
    });
    expect(outside.json().errors[0]).toMatchObject({ line: 2, field: 'parentCode' });
  });
});
