import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
const c = new Map<string, string>();
const unitIds = new Map<string, string>();

beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  for (const u of ['admin', 'campha', 'cambinh', 'kalong', 'lanhdao.cambinh'])
    c.set(u, await t.login(u));
  for (const [key, q] of [
    ['cambinh', 'phuong cam binh'],
    ['vhxh', 'bo phan van hoa'],
    ['kalong', 'phuong ka long'],
    ['kp1', 'khu pho 1'],
  ] as const) {
    const items = (await get(`/api/v1/units?search=${encodeURIComponent(q)}`, 'admin')).json()
      .items;
    unitIds.set(key, items[0].id);
  }
});
afterAll(async () => t.close());

function get(url: string, who: string) {
  return t.app.inject({ url, headers: { cookie: c.get(who) ?? '' } });
}
function send(method: 'POST' | 'PATCH', url: string, who: string, payload: object = {}) {
  return t.app.inject({ method, url, headers: { cookie: c.get(who) ?? '' }, payload });
}
const plansOf = async (who: string) =>
  (await get('/api/v1/plans', who)).json().items as Array<{
    id: string;
    numberText: string;
    status: string;
    unitName: string;
  }>;

describe('deriving', () => {
  test('inherits period, phases, channels and the higher plan as basis; not number, signer or date', async () => {
    const city = (await plansOf('campha')).find((p) => p.numberText === '124/KH-UBND');
    const derived = await send('POST', `/api/v1/plans/${city?.id}/derive`, 'admin', {
      unitId: unitIds.get('kalong') as string,
    });
    expect(derived.statusCode).toBe(400);
    const again = await send('POST', `/api/v1/plans/${city?.id}/derive`, 'cambinh', {});
    expect(again.statusCode).toBe(409);
    const cityPlan = (await get(`/api/v1/plans/${city?.id}`, 'campha')).json();
    const mine = (await plansOf('cambinh')).find((p) => p.numberText === '51/KH-UBND');
    const ward = (await get(`/api/v1/plans/${mine?.id}`, 'cambinh')).json();
    expect(ward).toMatchObject({
      derivedFromId: cityPlan.id,
      periodFrom: cityPlan.periodFrom,
      periodTo: cityPlan.periodTo,
      place: 'Cẩm Bình',
      parentBody: 'UBND THÀNH PHỐ CẨM PHẢ',
    });
    expect(ward.bases[0]).toEqual({
      planId: cityPlan.id,
      text: expect.stringContaining('Kế hoạch số 124/KH-UBND ngày 05/4/2022'),
    });
  });

  test('a fresh derivation pre-fills for the lower unit', async () => {
    const city = (await plansOf('campha')).find((p) => p.numberText === '124/KH-UBND');
    const own = await send('POST', '/api/v1/units', 'admin', {
      parentId: (await get(`/api/v1/plans/${city?.id}`, 'campha')).json().unitId,
      name: 'Phường Cẩm Thạch',
      kind: 'commune',
    });
    const res = await send('POST', `/api/v1/plans/${city?.id}/derive`, 'campha', {
      unitId: own.json().id,
    });
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({
      status: 'draft',
      number: null,
      issuedOn: null,
      place: 'Cẩm Thạch',
      issuingBody: 'ỦY BAN NHÂN DÂN PHƯỜNG CẨM THẠCH',
      channels: ['radio', 'loudspeaker', 'web_portal', 'social_media', 'visual'],
    });
    expect(p.title).toContain('phường Cẩm Thạch');
    expect(p.phases).toHaveLength(2);
    expect(p.signer.name).toBe('');
    expect(p.recipients).toEqual([
      expect.objectContaining({ name: 'UBND thành phố Cẩm Phả', purpose: 'b/c' }),
    ]);
  });
});

describe('exports', () => {
  test('PDF says clearly when LibreOffice is missing, or returns a PDF', async () => {
    const plan = (await plansOf('cambinh')).find((p) => p.numberText === '51/KH-UBND');
    const res = await get(`/api/v1/plans/${plan?.id}/document.pdf`, 'cambinh');
    if (res.statusCode === 200) expect(res.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    else {
      expect(res.statusCode).toBe(503);
      expect(res.json().detail).toContain('LibreOffice');
    }
  });

  test('the assignments export as XLSX', async () => {
    const plan = (await plansOf('cambinh')).find((p) => p.numberText === '51/KH-UBND');
    const res = await get(`/api/v1/plans/${plan?.id}/assignments.xlsx`, 'cambinh');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
  });
});
