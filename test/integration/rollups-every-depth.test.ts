import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '../../src/domain/accounts/access';
import type { Unit } from '../../src/domain/units/unit';
import { buildUnit, buildUser } from '../support/factories';
import { asUsers } from '../support/plan-helpers';
import { buildTestApp, type TestApp } from '../support/test-app';

// The nation, a province with three cities, a ward of the first city and a section of that ward:
// four levels below the top, as a national plan's cascade and its compliance reach.
let t: TestApp;
let http: ReturnType<typeof asUsers>;
const ids = new Map<string, string>();
const id = (key: string): string => ids.get(key) ?? '';

beforeAll(async () => {
  t = await buildTestApp();
  http = asUsers(t);
  const unit = async (key: string, parent: Unit | null, fields: Partial<Unit>) => {
    const built = await buildUnit(t.deps, { parent, ...fields });
    ids.set(key, built.id);
    return built;
  };
  const root = await unit('root', null, { name: 'Toàn quốc thử', kind: 'nation' });
  const province = await unit('province', root, {
    name: 'Tỉnh Thử Nghiệm',
    shortName: 'Thử Nghiệm',
    kind: 'province',
  });
  const city = await unit('city', province, {
    name: 'Thành phố Thử Cảng',
    shortName: 'TP Thử Cảng',
    kind: 'district',
  });
  for (const name of ['Thành phố Thử Sông', 'Thành phố Thử Núi'])
    await unit(name, province, { name, kind: 'district' });
  const ward = await unit('ward', city, {
    name: 'Phường Thử Biển',
    shortName: 'Thử Biển',
    kind: 'commune',
  });
  await unit('section', ward, {
    name: 'Bộ phận Văn hóa - Xã hội phường Thử Biển',
    shortName: 'Bộ phận VHXH',
    kind: 'agency',
  });
  // Who signs in as whom: `admin` at the top, and one officer (and leader) per level below.
  const people: Array<[string, Unit, Role]> = [
    ['admin', root, 'admin'],
    ['lanhdao.toanquoc', root, 'leader'],
    ['canbo.tinh', province, 'officer'],
    ['canbo.thanhpho', city, 'officer'],
    ['canbo.phuong', ward, 'officer'],
    ['lanhdao.phuong', ward, 'leader'],
  ];
  for (const [username, home, role] of people)
    await buildUser(t.deps, home, { username: `${username}.thu`, role });
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
  const submitted = await http.send('POST', `/api/v1/plans/${planId}/submit`, writer);
  expect(submitted.statusCode, submitted.body).toBe(200);
  const issued = await http.send('POST', `/api/v1/plans/${planId}/issue`, leader, {});
  expect(issued.statusCode, issued.body).toBe(200);
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
      await http.send('POST', '/api/v1/plans', 'admin.thu', {
        unitId: id('root'),
        content: {
          title: 'Tuyên truyền thử toàn quốc',
          periodFrom: '2024-01-01',
          periodTo: '2024-02-25',
          signer: SIGNER,
          assignments: [
            {
              unitId: id('province'),
              unitName: 'UBND tỉnh Thử Nghiệm',
              tasks: [task('Xây dựng kế hoạch của tỉnh')],
            },
          ],
        },
      })
    ).json();
    await issue(nation.id, 'admin.thu', 'lanhdao.toanquoc.thu');
    const province = await derive(nation.id, 'canbo.tinh.thu', [
      {
        unitId: null,
        allOf: { kind: 'district', underId: null, exceptIds: [] },
        unitName: 'UBND các huyện, thị xã, thành phố',
        tasks: [task('Xây dựng kế hoạch của huyện, thành phố')],
      },
    ]);
    await issue(province, 'canbo.tinh.thu', 'admin.thu');
    const city = await derive(province, 'canbo.thanhpho.thu', [
      {
        unitId: id('ward'),
        unitName: 'UBND phường Thử Biển',
        tasks: [task('Kế hoạch phường')],
      },
    ]);
    await issue(city, 'canbo.thanhpho.thu', 'admin.thu');
    await http.send('POST', `/api/v1/plans/${city}/derive`, 'canbo.phuong.thu', {});

    const rows: Array<{ pathText: string; depth: number; state: string }> = (
      await http.get(`/api/v1/plans/${nation.id}/derivations`, 'admin.thu')
    ).json().items;
    // In tree order: each unit right under the one that assigned it.
    expect(rows.map((r) => [r.pathText, r.depth, r.state])).toEqual([
      ['Tỉnh Thử Nghiệm', 1, 'issued'],
      ['Thử Nghiệm › Thành phố Thử Cảng', 2, 'issued'],
      ['Thử Nghiệm › TP Thử Cảng › Phường Thử Biển', 3, 'drafting'],
      ['Thử Nghiệm › Thành phố Thử Núi', 2, 'missing'],
      ['Thử Nghiệm › Thành phố Thử Sông', 2, 'missing'],
    ]);
    // The city, below, sees its own part of the cascade only.
    const cityRows: Array<{ pathText: string; depth: number }> = (
      await http.get(`/api/v1/plans/${nation.id}/derivations`, 'canbo.thanhpho.thu')
    ).json().items;
    expect(cityRows.map((r) => r.pathText)).toEqual([
      'Thử Nghiệm › Thành phố Thử Cảng',
      'Thử Nghiệm › TP Thử Cảng › Phường Thử Biển',
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
      await http.send('POST', '/api/v1/plans', 'canbo.phuong.thu', {
        unitId: id('ward'),
        content: {
          title: 'Tuyên truyền thử tháng 3',
          periodFrom: '2025-03-03',
          periodTo: '2025-03-30',
          signer: SIGNER,
          assignments: [
            {
              unitId: id('section'),
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
    await issue(plan.id, 'canbo.phuong.thu', 'lanhdao.phuong.thu');
    for (const [occurredOn, channel, categoryCode] of [
      ['2025-03-04', 'loudspeaker', 'luot_phat'],
      ['2025-03-18', 'loudspeaker', 'luot_phat'],
      ['2025-03-20', 'web_portal', 'tin_bai'],
    ] as const) {
      const res = await http.send('POST', '/api/v1/activities', 'canbo.phuong.thu', {
        unitId: id('section'),
        occurredOn,
        channel,
        categoryCode,
        quantity: 1,
      });
      expect(res.statusCode).toBe(201);
    }
  });

  const compliance = async (unit: string): Promise<Row & { children: Row[] }> =>
    (await http.get(`/api/v1/units/${unit}/compliance?${range}`, 'admin.thu')).json();

  test('each level carries on time, late, in window and overdue, adding up to its windows', async () => {
    const windows = (
      await http.get(`/api/v1/units/${id('section')}/obligations?${range}`, 'admin.thu')
    )
      .json()
      .items.filter((o: { planId: string }) => !!o.planId);
    for (const unit of ['root', 'province', 'city', 'ward']) {
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
      'Tỉnh Thử Nghiệm',
      'Thành phố Thử Cảng',
      'Phường Thử Biển',
      'Bộ phận Văn hóa - Xã hội phường Thử Biển',
    ]);
    const windows: Array<{
      key: string;
      from: string;
      to: string;
      done: number;
      required: number;
      status: string;
    }> = (await http.get(`/api/v1/units/${unit}/obligations?${range}`, 'admin.thu')).json().items;
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
