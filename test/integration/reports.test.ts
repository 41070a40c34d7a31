import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../support/test-app';

// What the summary does with any data is tested in report-summaries.test.ts and weekly reports in
// weekly-reports.test.ts, on data they build; this file checks the demo's own figures.
let t: TestApp;
const c = new Map<string, string>();
const u = new Map<string, string>();

beforeAll(async () => {
  // The demo's own test: Hạ Long's phase 1 summary must reproduce the figures its seed document states.
  t = await buildTestApp({ demo: true });
  for (const who of ['admin', 'halong']) c.set(who, await t.login(who));
  const q = encodeURIComponent('thanh pho ha long');
  u.set('halong', (await get(`/api/v1/units?search=${q}`, 'admin')).json().items[0].id);
});
afterAll(async () => t.close());

function get(url: string, who: string) {
  return t.app.inject({ url, headers: { cookie: c.get(who) ?? '' } });
}
const total = (
  rows: Array<{ channel: string; categoryCode: string; quantity: number }>,
  channel: string,
  category?: string,
) =>
  rows
    .filter((r) => r.channel === channel && (!category || r.categoryCode === category))
    .reduce((s, r) => s + r.quantity, 0);

describe('the Hạ Long phase 1 summary, built from activities', () => {
  test('shows the seed figures as stated: trên 170 and trên 60 shared, 51 portal, 84 radio and TV as one, 53 fanpage', async () => {
    const s = (
      await get(
        `/api/v1/reports/summary?unitId=${u.get('halong')}&phase=${encodeURIComponent('Đợt 1')}`,
        'halong',
      )
    ).json();
    expect(s).toMatchObject({
      kind: 'phase',
      phaseName: 'Đợt 1',
      from: '2021-01-18',
      to: '2021-03-25',
    });
    const btg = s.byChild.find((c: { unitName: string }) =>
      c.unitName.startsWith('Ban Tuyên giáo'),
    ).rows;
    const ttvh = s.byChild.find((c: { unitName: string }) =>
      c.unitName.startsWith('Trung tâm'),
    ).rows;
    expect(btg).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ categoryCode: 'tin_bai', quantity: 170, approx: 'over' }),
        expect.objectContaining({ categoryCode: 'phan_bac', quantity: 60, approx: 'over' }),
      ]),
    );
    expect(total(ttvh, 'web_portal')).toBe(51);
    expect(ttvh).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ channels: ['radio', 'television'], quantity: 84, approx: null }),
        expect.objectContaining({
          channels: ['social_media'],
          outlet: 'fanpage “Truyền hình Hạ Long”',
          quantity: 53,
        }),
      ]),
    );
  });
});
