import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Unit } from '../../src/domain/units/unit';
import { buildWeeklyPlayPlan } from '../support/content-helpers';
import { buildTree, buildUnit } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';
import { formBody } from '../support/upload-form';

let t: TestApp;
const c = new Map<string, string>();
const u = new Map<string, string>();
const RANGE = 'from=2022-04-01&to=2022-06-15';
// A city; its ward, whose plan has the ward's section play the loudspeakers weekly; a sibling ward.
let ward: Unit;
let section: Unit;
let sibling: Unit;

beforeAll(async () => {
  t = await buildTestApp();
  const tree = await buildTree(t.deps);
  ward = tree.commune;
  section = await buildUnit(t.deps, {
    parent: ward,
    name: 'Bộ phận Văn hóa - Xã hội thử',
    kind: 'agency',
  });
  sibling = await buildUnit(t.deps, { parent: tree.district, name: 'Phường khác thử' });
  await buildWeeklyPlayPlan(t.deps, ward, section);
  for (const [key, unit] of [
    ['ward', ward],
    ['section', section],
    ['city', tree.district],
    ['sibling', sibling],
  ] as const)
    u.set(key, unit.id);
  c.set('city', await t.login(tree.users.district.officer.username));
  c.set('ward', await t.login(tree.users.commune.officer.username));
});
afterAll(async () => t.close());

function get(url: string, who: string) {
  return t.app.inject({ url, headers: { cookie: c.get(who) ?? '' } });
}
function post(url: string, who: string, payload: object) {
  return t.app.inject({ method: 'POST', url, headers: { cookie: c.get(who) ?? '' }, payload });
}
/** Imports a CSV as the dialog sends it: the file and the mode in a form. */
async function importCsv(who: string, name: string, text: string, mode: string, dryRun = false) {
  const form = await formBody({
    mode,
    dryRun: String(dryRun),
    file: { name, bytes: Buffer.from(text) },
  });
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/activities/import',
    headers: { cookie: c.get(who) ?? '', ...form.headers },
    payload: form.payload,
  });
}
const play = (occurredOn: string, extra: object = {}) =>
  post('/api/v1/activities', 'ward', {
    unitId: u.get('section') as string,
    occurredOn,
    channel: 'loudspeaker',
    categoryCode: 'luot_phat',
    quantity: 1,
    ...extra,
  });
const week = async (key: string) => {
  const items = (await get(`/api/v1/units/${u.get('section')}/obligations?${RANGE}`, 'ward')).json()
    .items;
  return items.find(
    (p: { key: string; channel: string; kind: string }) =>
      p.key === key && p.channel === 'loudspeaker',
  ) as { status: string; done: number };
};
const weekStatus = async (key: string) => (await week(key)).status;
let before = 0;

describe('a weekly obligation met by logged work', () => {
  test('one play logged in week 16 counts at once towards that week', async () => {
    before = (await week('2022-W16')).done;
    // Nothing has met the week yet: the one play must.
    expect(before).toBe(0);
    expect((await play('2022-04-20')).statusCode).toBe(201);
    expect(await week('2022-W16')).toMatchObject({ status: 'met', done: before + 1 });
  });

  test('compliance rolls up: the ward equals the sum of its rows, and the city row for the ward equals the ward', async () => {
    const ward = (await get(`/api/v1/units/${u.get('ward')}/compliance?${RANGE}`, 'ward')).json();
    expect(ward.met).toBeGreaterThan(0);
    expect(ward.children.reduce((s: number, r: { due: number }) => s + r.due, 0)).toBe(ward.due);
    expect(ward.children.reduce((s: number, r: { met: number }) => s + r.met, 0)).toBe(ward.met);
    expect(ward.rate).toBeCloseTo(ward.met / ward.due);
    const city = (await get(`/api/v1/units/${u.get('city')}/compliance?${RANGE}`, 'city')).json();
    const row = city.children.find((r: { unitId: string }) => r.unitId === u.get('ward'));
    expect({ due: row.due, met: row.met }).toEqual({ due: ward.due, met: ward.met });
  });

  test('deleting the play takes it off the week again', async () => {
    const list = (
      await get(
        `/api/v1/activities?unitId=${u.get('section')}&from=2022-04-20&to=2022-04-20`,
        'ward',
      )
    ).json().items;
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/activities/${list[0].id}`,
      headers: { cookie: c.get('ward') ?? '' },
    });
    expect(res.statusCode).toBe(200);
    expect((await week('2022-W16')).done).toBe(before);
  });
});

describe('bad input is refused clearly', () => {
  test('a future date, an absurd quantity, a category of another channel, a unit outside scope', async () => {
    const future = await play('2099-01-01');
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].path).toBe('occurredOn');
    const banners = await post('/api/v1/activities', 'ward', {
      unitId: u.get('ward') as string,
      occurredOn: '2022-04-05',
      channel: 'visual',
      categoryCode: 'bang_ron',
      quantity: 1_000_000,
    });
    expect(banners.statusCode).toBe(400);
    expect(banners.json().errors[0]).toMatchObject({
      path: 'quantity',
      message: expect.stringContaining('bất thường'),
    });
    const wrong = await play('2022-04-05', { categoryCode: 'bang_ron' });
    expect(wrong.json().errors[0].path).toBe('categoryCode');
    const outside = await post('/api/v1/activities', 'ward', {
      unitId: u.get('sibling') as string,
      occurredOn: '2022-04-05',
      channel: 'loudspeaker',
      categoryCode: 'luot_phat',
      quantity: 1,
    });
    expect(outside.statusCode).toBe(404);
  });
});

describe('bulk import', () => {
  // Rows name units as people type them; the names are known once the units are built.
  const csv = () =>
    [
      'ngay,don_vi,kenh,loai,so_luong,tieu_de',
      `19/05/2022,${section.name},loudspeaker,luot_phat,2,Phát file ghi âm`,
      `18/05/2022,${ward.name},Cổng thông tin điện tử,tin_bai,3,Tin về bầu cử`,
      `31/02/2022,${ward.name},web_portal,tin_bai,1,Ngày sai`,
      `19/05/2022,${sibling.name},web_portal,tin_bai,1,Ngoài phạm vi`,
    ].join('\n');
  const file = (mode: string, dryRun = false) =>
    importCsv('ward', 'hoat-dong.csv', csv(), mode, dryRun);

  test('a dry run reports the bad rows by line and field', async () => {
    const res = (await file('keep_valid', true)).json();
    expect(res).toMatchObject({ total: 4, valid: 2, created: 0, applied: false });
    expect(res.errors.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([
      [4, 'ngay'],
      [5, 'don_vi'],
    ]);
  });

  test('all-or-nothing saves nothing; keep-valid saves the good rows and they count', async () => {
    expect((await file('all_or_nothing')).statusCode).toBe(400);
    expect(
      (
        await get(
          `/api/v1/activities?unitId=${u.get('ward')}&from=2022-05-18&to=2022-05-19`,
          'ward',
        )
      ).json().total,
    ).toBe(0);
    expect((await file('keep_valid')).json()).toMatchObject({ created: 2, applied: true });
    expect(await weekStatus('2022-W20')).toBe('met');
    const figures = (
      await get(`/api/v1/units/${u.get('ward')}/figures?from=2022-05-18&to=2022-05-19`, 'ward')
    ).json();
    expect(figures.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ channel: 'loudspeaker', categoryCode: 'luot_phat', quantity: 2 }),
        expect.objectContaining({ channel: 'web_portal', categoryCode: 'tin_bai', quantity: 3 }),
      ]),
    );
  });

  test('the template downloads with the expected columns', async () => {
    const res = await get('/api/v1/activities/template.csv', 'ward');
    expect(res.body.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe(
      'ngay,don_vi,kenh,loai,so_luong,tieu_de,lien_ket,kenh_khac,noi_dang',
    );
  });

  test('a figure imported as stated: over several channels, approximate, with its outlet', async () => {
    const stated = [
      'ngay;don_vi;kenh;loai;so_luong;tieu_de;kenh_khac;noi_dang',
      `10/05/2022;${ward.name};Đài phát thanh;tin_bai;trên 84;Tin bầu cử;Truyền hình;`,
      `11/05/2022;${ward.name};social_media;tin_bai;khoảng 120;Chia sẻ;;fanpage của phường`,
      `12/05/2022;${ward.name};radio;tin_bai;trên;Thiếu số;;`,
      `12/05/2022;${ward.name};radio;tin_bai;3;Kênh sai;Tivi;`,
    ].join('\n');
    const res = await importCsv('ward', 'so-lieu.csv', stated, 'keep_valid');
    expect(res.json()).toMatchObject({ total: 4, created: 2 });
    expect(
      res.json().errors.map((e: { line: number; field: string }) => [e.line, e.field]),
    ).toEqual([
      [4, 'so_luong'],
      [5, 'kenh_khac'],
    ]);
    const items = (
      await get(`/api/v1/activities?unitId=${u.get('ward')}&from=2022-05-10&to=2022-05-11`, 'ward')
    ).json().items;
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          channels: ['radio', 'television'],
          approx: 'over',
          quantity: 84,
        }),
        expect.objectContaining({
          channel: 'social_media',
          outlet: 'fanpage của phường',
          approx: 'about',
          quantity: 120,
        }),
      ]),
    );
  });
});
