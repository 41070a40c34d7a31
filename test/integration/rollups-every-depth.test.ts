import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { asUsers, unitIdByName } from '../support/plan-helpers';
import { buildTestApp, type TestApp } from '../support/test-app';

const PASSWORD = 'Loa-thu-nghiem-cuon-chieu-2025';
let t: TestApp;
let http: ReturnType<typeof asUsers>;
const ids = new Map<string, string>();
const id = (key: string): string => ids.get(key) ?? '';

beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  http = asUsers(t, { 'lanhdao.toanquoc': PASSWORD });
  for (const [key, search, name] of [
    ['root', 'toan quoc', 'Toàn quốc'],
    ['quangninh', 'quang ninh', 'Tỉnh Quảng Ninh'],
    ['campha', 'cam pha', 'Thành phố Cẩm Phả'],
    ['cambinh', 'cam binh', 'Phường Cẩm Bình'],
    ['vhxh', 'van hoa', 'Bộ phận Văn hóa - Xã hội phường Cẩm Bình'],
  ] as const)
    ids.set(key, await unitIdByName(http, 'admin', search, name));
  // A second leader at the top, so the nation's plan is approved by someone who did not write it.
  const leader = await http.send('POST', '/api/v1/users', 'admin', {
    unitId: id('root'),
    username: 'lanhdao.toanquoc',
    displayName: 'Lãnh đạo thử',
    role: 'leader',
    password: PASSWORD,
  });
  expect(leader.statusCode).toBe(201);
});
afterAll(async () => t.close());

const SIGNER = { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Người ký thử' };
const task = (text: string, extra: object = {}) => ({
  text,
  channel: null,
  frequencyText: null,
  recurrence: null,
  deadline: null,
  target: null,
  ...extra,
});

async function issue(planId: string, writer: string, leader: string) {
  expect((await http.send('POST', `/api/v1/plans/${planId}/submit`, writer)).statusCode).toBe(200);
  expect((await http.send('POST', `/api/v1/plans/${planId}/issue`, leader, {})).statusCode).toBe(
    200,
  );
}

/** Derives `who`'s plan from `parentId` and has it assign `assignments`. */
async function derive(parentId: string, who: string, assignments: object[]) {
  const draft = (await http.send('POST', `/api/v1/plans/${parentId}/derive`, who, {})).json();
  const saved = await http.send('PATCH', `/api/v1/plans/${draft.id}`, who, {
    version: draft.version,
    content: { assignments, signer: SIGNER },
  });
  expect(saved.statusCode).toBe(200);
  return draft.id as string;
}

describe('who has not yet derived a plan, at every depth', () => {
  test('the nation sees the province, its cities and a ward three levels down', async () => {
    const nation = (
      await http.send('POST', '/api/v1/plans', 'admin', {
        unitId: id('root'),
        content: {
          title: 'Tuyên truyền thử toàn quốc',
          periodFrom: '2024-01-01',
          periodTo: '2024-02-25',
          signer: SIGNER,
          assignments: [
            {
              unitId: id('quangninh'),
              unitName: 'UBND tỉnh Quảng Ninh',
              tasks: [task('Xây dựng kế hoạch của tỉnh')],
            },
          ],
        },
      })
    ).json();
    await issue(nation.id, 'admin', 'lanhdao.toanquoc');
    const province = await derive(nation.id, 'quangninh', [
      {
        unitId: null,
        allOf: { kind: 'district', underId: null, exceptIds: [] },
        unitName: 'UBND các huyện, thị xã, thành phố',
        tasks: [task('Xây dựng kế hoạch của huyện, thành phố')],
      },
    ]);
    await issue(province, 'quangninh', 'admin');
    const city = await derive(province, 'campha', [
      { unitId: id('cambinh'), unitName: 'UBND phường Cẩm Bình', tasks: [task('Kế hoạch phường')] },
    ]);
    await issue(city, 'campha', 'admin');
    await http.send('POST', `/api/v1/plans/${city}/derive`, 'cambinh', {});

    const rows: Array<{ pathText: string; depth: number; state: string }> = (
      await http.get(`/api/v1/plans/${nation.id}/derivations`, 'admin')
    ).json().items;
    // In tree order: each unit right under the one that assigned it.
    expect(rows.map((r) => [r.pathText, r.depth, r.state])).toEqual([
      ['Tỉnh Quảng Ninh', 1, 'issued'],
      ['Quảng Ninh › Thành phố Cẩm Phả', 2, 'issued'],
      ['Quảng Ninh › TP Cẩm Phả › Phường Cẩm Bình', 3, 'drafting'],
      ['Quảng Ninh › Thành phố Hạ Long', 2, 'missing'],
      ['Quảng Ninh › Thành phố Móng Cái', 2, 'missing'],
    ]);
    // The city, below, sees its own part of the cascade only.
    const cityRows: Array<{ pathText: string; depth: number }> = (
      await http.get(`/api/v1/plans/${nation.id}/derivations`, 'campha')
    ).json().items;
    expect(cityRows.map((r) => r.pathText)).toEqual([
      'Quảng Ninh › Thành phố Cẩm Phả',
      'Quảng Ninh › TP Cẩm Phả › Phường Cẩm Bình',
    ]);
  });
});

describe('compliance in four buckets, from the nation down to the missing week', () => {
  const range = 'from=2025-03-03&to=2025-03-30';
  type Row = {
    unitId: string;
    unitName: string;
    due: number;
    met: number;
    onTime: number;
    late: number;
    inWindow: number;
    overdue: number;
  };

  beforeAll(async () => {
    const plan = (
      await http.send('POST', '/api/v1/plans', 'cambinh', {
        unitId: id('cambinh'),
        content: {
          title: 'Tuyên truyền thử tháng 3',
          periodFrom: '2025-03-03',
          periodTo: '2025-03-30',
          signer: SIGNER,
          assignments: [
            {
              unitId: id('vhxh'),
              unitName: 'Bộ phận Văn hóa Xã hội',
              tasks: [
                task('Phát trên loa truyền thanh', {
                  channel: 'loudspeaker',
                  recurrence: { count: 1, per: 'week' },
                }),
                task('Đăng tin trên Cổng thông tin', {
                  channel: 'web_portal',
                  deadline: '2025-03-10',
                }),
              ],
            },
          ],
        },
      })
    ).json();
    await issue(plan.id, 'cambinh', 'lanhdao.cambinh');
    for (const [occurredOn, channel, categoryCode] of [
      ['2025-03-04', 'loudspeaker', 'luot_phat'],
      ['2025-03-18', 'loudspeaker', 'luot_phat'],
      ['2025-03-20', 'web_portal', 'tin_bai'],
    ] as const) {
      const res = await http.send('POST', '/api/v1/activities', 'cambinh', {
        unitId: id('vhxh'),
        occurredOn,
        channel,
        categoryCode,
        quantity: 1,
      });
      expect(res.statusCode).toBe(201);
    }
  });

  const compliance = async (unit: string): Promise<Row & { children: Row[] }> =>
    (await http.get(`/api/v1/units/${unit}/compliance?${range}`, 'admin')).json();

  test('each level carries on time, late, in window and overdue, adding up to its windows', async () => {
    const windows = (await http.get(`/api/v1/units/${id('vhxh')}/obligations?${range}`, 'admin'))
      .json()
      .items.filter((o: { planId: string }) => !!o.planId);
    for (const unit of ['root', 'quangninh', 'campha', 'cambinh']) {
      const c = await compliance(id(unit));
      expect(c).toMatchObject({ onTime: 2, late: 1, inWindow: 0, overdue: 2, due: 5, met: 2 });
      expect(c.onTime + c.late + c.inWindow + c.overdue).toBe(windows.length);
      const sum = c.children.reduce((s, r) => s + r.onTime + r.late + r.inWindow + r.overdue, 0);
      expect(sum).toBe(windows.length);
    }
  });

  test('drilling down by child reaches the section and its missed weeks', async () => {
    let unit = id('root');
    const way: string[] = [];
    for (;;) {
      const c = await compliance(unit);
      const next = c.children.find((r) => r.overdue > 0);
      if (!next || next.unitId === unit) break;
      way.push(next.unitName);
      unit = next.unitId;
    }
    expect(way).toEqual([
      'Tỉnh Quảng Ninh',
      'Thành phố Cẩm Phả',
      'Phường Cẩm Bình',
      'Bộ phận Văn hóa - Xã hội phường Cẩm Bình',
    ]);
    const windows: Array<{
      key: string;
      from: string;
      to: string;
      done: number;
      required: number;
      status: string;
    }> = (await http.get(`/api/v1/units/${unit}/obligations?${range}`, 'admin')).json().items;
    expect(
      windows
        .filter((o) => o.status === 'missed')
        .map((o) => [o.key, o.from, o.to, `${o.done}/${o.required}`]),
    ).toEqual([
      ['2025-W11', '2025-03-10', '2025-03-16', '0/1'],
      ['2025-W13', '2025-03-24', '2025-03-30', '0/1'],
    ]);
  });
});
