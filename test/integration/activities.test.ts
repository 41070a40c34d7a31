import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../support/test-app';
import { formBody } from '../support/upload-form';

let t: TestApp;
const c = new Map<string, string>();
const u = new Map<string, string>();
const RANGE = 'from=2022-04-01&to=2022-06-15';

beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  for (const who of ['admin', 'campha', 'cambinh', 'kalong']) c.set(who, await t.login(who));
  for (const [key, q] of [
    ['cambinh', 'phuong cam binh'],
    ['vhxh', 'bo phan van hoa'],
    ['campha', 'thanh pho cam pha'],
    ['kalong', 'phuong ka long'],
  ] as const) {
    u.set(
      key,
      (await get(`/api/v1/units?search=${encodeURIComponent(q)}`, 'admin')).json().items[0].id,
    );
  }
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
  post('/api/v1/activities', 'cambinh', {
    unitId: u.get('vhxh') as string,
    occurredOn,
    channel: 'loudspeaker',
    categoryCode: 'luot_phat',
    quantity: 1,
    ...extra,
  });
const week = async (key: string) => {
  const items = (await get(`/api/v1/units/${u.get('vhxh')}/obligations?${RANGE}`, 'cambinh')).json()
    .items;
  return items.find(
    (p: { key: string; channel: string; kind: string }) =>
      p.key === key && p.channel === 'loudspeaker',
  ) as { status: string; done: number };
};
const weekStatus = async (key: string) => (await week(key)).status;
// The demo's play log meets every week of plan 51 with one play: the section's own entries add to it.
let before = 0;

describe('a weekly obligation met by logged work', () => {
  test('one play logged in week 16 counts at once towards that week', async () => {
    before = (await week('2022-W16')).done;
    expect((await play('2022-04-20')).statusCode).toBe(201);
    expect(await week('2022-W16')).toMatchObject({ status: 'met', done: before + 1 });
  });

  test('compliance rolls up: the ward equals the sum of its rows, and the city row for the ward equals the ward', async () => {
    const ward = (
      await get(`/api/v1/units/${u.get('cambinh')}/compliance?${RANGE}`, 'cambinh')
    ).json();
    expect(ward.met).toBeGreaterThan(0);
    expect(ward.children.reduce((s: number, r: { due: number }) => s + r.due, 0)).toBe(ward.due);
    expect(ward.children.reduce((s: number, r: { met: number }) => s + r.met, 0)).toBe(ward.met);
    expect(ward.rate).toBeCloseTo(ward.met / ward.due);
    const city = (
      await get(`/api/v1/units/${u.get('campha')}/compliance?${RANGE}`, 'campha')
    ).json();
    const row = city.children.find((r: { unitId: string }) => r.unitId === u.get('cambinh'));
    expect({ due: row.due, met: row.met }).toEqual({ due: ward.due, met: ward.met });
  });

  test('deleting the play takes it off the week again', async () => {
    const list = (
      await get(
        `/api/v1/activities?unitId=${u.get('vhxh')}&from=2022-04-20&to=2022-04-20`,
        'cambinh',
      )
    ).json().items;
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/activities/${list[0].id}`,
      headers: { cookie: c.get('cambinh') ?? '' },
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
    const banners = await post('/api/v1/activities', 'cambinh', {
      unitId: u.get('cambinh') as string,
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
    const outside = await post('/api/v1/activities', 'cambinh', {
      unitId: u.get('kalong') as string,
      occurredOn: '2022-04-05',
      channel: 'loudspeaker',
      categoryCode: 'luot_phat',
      quantity: 1,
    });
    expect(outside.statusCode).toBe(404);
  });
});

describe('bulk import', () => {
  const csv = [
    'ngay,don_vi,kenh,loai,so_luong,tieu_de',
    '19/05/2022,Bộ phận Văn hóa - Xã hội phường Cẩm Bình,loudspeaker,luot_phat,2,Phát file ghi âm',
    '18/05/2022,Phường Cẩm Bình,Cổng thông tin điện tử,tin_bai,3,Tin về bầu cử',
    '31/02/2022,Phường Cẩm Bình,web_portal,tin_bai,1,Ngày sai',
    '19/05/2022,Phường Ka Long,web_portal,tin_bai,1,Ngoài phạm vi',
  ].join('\n');
  const file = (mode: string, dryRun = false) =>
    importCsv('cambinh', 'hoat-dong.csv', csv, mode, dryRun);

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
          `/api/v1/activities?unitId=${u.get('cambinh')}&from=2022-05-18&to=2022-05-19`,
          'cambinh',
        )
      ).json().total,
    ).toBe(0);
    expect((await file('keep_valid')).json()).toMatchObject({ created: 2, applied: true });
    expect(await weekStatus('2022-W20')).toBe('met');
    const figures = (
      await get(
        `/api/v1/units/${u.get('cambinh')}/figures?from=2022-05-18&to=2022-05-19`,
        'cambinh',
      )
    ).json();
    expect(figures.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ channel: 'loudspeaker', categoryCode: 'luot_phat', quantity: 2 }),
        expect.objectContaining({ channel: 'web_portal', categoryCode: 'tin_bai', quantity: 3 }),
      ]),
    );
  });

  test('the template downloads with the expected columns', async () => {
    const res = await get('/api/v1/activities/template.csv', 'cambinh');
    expect(res.body.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe(
      'ngay,don_vi,kenh,loai,so_luong,tieu_de,lien_ket,kenh_khac,noi_dang',
    );
  });

  test('a figure imported as stated: over several channels, approximate, with its outlet', async () => {
    const stated = [
      'ngay;don_vi;kenh;loai;so_luong;tieu_de;kenh_khac;noi_dang',
      '10/05/2022;Phường Cẩm Bình;Đài phát thanh;tin_bai;trên 84;Tin bầu cử;Truyền hình;',
      '11/05/2022;Phường Cẩm Bình;social_media;tin_bai;khoảng 120;Chia sẻ;;fanpage Cẩm Bình',
      '12/05/2022;Phường Cẩm Bình;radio;tin_bai;trên;Thiếu số;;',
      '12/05/2022;Phường Cẩm Bình;radio;tin_bai;3;Kênh sai;Tivi;',
    ].join('\n');
    const res = await importCsv('cambinh', 'so-lieu.csv', stated, 'keep_valid');
    expect(res.json()).toMatchObject({ total: 4, created: 2 });
    expect(
      res.json().errors.map((e: { line: number; field: string }) => [e.line, e.field]),
    ).toEqual([
      [4, 'so_luong'],
      [5, 'kenh_khac'],
    ]);
    const items = (
      await get(
        `/api/v1/activities?unitId=${u.get('cambinh')}&from=2022-05-10&to=2022-05-11`,
        'cambinh',
      )
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
          outlet: 'fanpage Cẩm Bình',
          approx: 'about',
          quantity: 120,
        }),
      ]),
    );
  });
});
