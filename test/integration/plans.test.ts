import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../support/test-app';

// Writing, issuing and listing plans on data a test builds is plan-writing.test.ts.
let t: TestApp;
const c = new Map<string, string>();

beforeAll(async () => {
  // The demo's own test: it checks that the seeded cascade (124/KH-UBND, 51/KH-UBND) is reproduced as written.
  t = await buildTestApp({ demo: true });
  for (const u of ['campha', 'cambinh', 'kalong']) c.set(u, await t.login(u));
});
afterAll(async () => t.close());

function get(url: string, who: string) {
  return t.app.inject({ url, headers: { cookie: c.get(who) ?? '' } });
}
const plansOf = async (who: string) =>
  (await get('/api/v1/plans', who)).json().items as Array<{
    id: string;
    numberText: string;
    status: string;
    unitName: string;
  }>;

describe('the demo cascade', () => {
  test('the ward sees its own 51/KH-UBND and the city plan 124/KH-UBND it derives from; another city does not', async () => {
    const ward = await plansOf('cambinh');
    expect(ward.map((p) => p.numberText).sort()).toEqual(['124/KH-UBND', '51/KH-UBND']);
    expect((await plansOf('kalong')).map((p) => p.numberText)).toEqual([]);
  });

  test('the city sees which of its assigned wards derived a plan', async () => {
    const city = (await plansOf('campha')).find((p) => p.numberText === '124/KH-UBND');
    const d = (await get(`/api/v1/plans/${city?.id}/derivations`, 'campha')).json().items;
    expect(d).toEqual([expect.objectContaining({ unitName: 'Phường Cẩm Bình', status: 'issued' })]);
  });

  test("issuing created tasks: the ward's weekly loudspeaker task is recurring and visible above, not to others", async () => {
    const ward = (await get('/api/v1/tasks', 'cambinh')).json().items;
    const weekly = ward.find(
      (x: { assigneeName: string; channel: string; planNumberText: string }) =>
        x.planNumberText === '51/KH-UBND' && x.channel === 'loudspeaker',
    );
    expect(weekly).toMatchObject({
      kind: 'recurring',
      recurrence: { count: 1, per: 'week' },
      periodFrom: '2022-04-01',
      periodTo: '2022-06-15',
      assigneeName: 'Bộ phận Văn hóa - Xã hội phường Cẩm Bình',
    });
    expect(
      (await get('/api/v1/tasks', 'campha')).json().items.map((x: { id: string }) => x.id),
    ).toContain(weekly.id);
    expect((await get('/api/v1/tasks', 'kalong')).json().items).toEqual([]);
  });

  test('the DOCX of 51/KH-UBND carries the number, the date line, the header and the signer', async () => {
    const plan = (await plansOf('cambinh')).find((p) => p.numberText === '51/KH-UBND');
    const res = await get(`/api/v1/plans/${plan?.id}/document.docx`, 'cambinh');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('KH-51-UBND-2022.docx');
    const xml = await (
      await JSZip.loadAsync(res.rawPayload)
    )
      .file('word/document.xml')
      ?.async('string');
    const text = (xml ?? '').replace(/<[^>]+>/g, '');
    for (const s of [
      'Số: 51/KH-UBND',
      'Cẩm Bình, ngày 06 tháng 4 năm 2022',
      'ỦY BAN NHÂN DÂN PHƯỜNG CẨM BÌNH',
      'UBND THÀNH PHỐ CẨM PHẢ',
      'KẾ HOẠCH',
      'Nguyễn Công Bằng',
      'Kế hoạch số 124/KH-UBND ngày 05/4/2022',
    ]) {
      expect(text).toContain(s);
    }
  });
});
