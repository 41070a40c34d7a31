import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { asUsers, docxText, unitIdByName } from '../support/plan-helpers';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let http: ReturnType<typeof asUsers>;
const ids = new Map<string, string>();
const id = (key: string): string => ids.get(key) ?? '';

beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  http = asUsers(t);
  ids.set('cambinh', await unitIdByName(http, 'admin', 'cam binh', 'Phường Cẩm Bình'));
  ids.set('mttq', await unitIdByName(http, 'admin', 'mttq', 'Ủy ban MTTQ phường Cẩm Bình'));
  ids.set(
    'vhxh',
    await unitIdByName(http, 'admin', 'van hoa', 'Bộ phận Văn hóa - Xã hội phường Cẩm Bình'),
  );
  ids.set('kalong', await unitIdByName(http, 'admin', 'ka long', 'Phường Ka Long'));
});
afterAll(async () => t.close());

const HEADING = 'Đề nghị Ủy ban MTTQ và các đoàn thể, các khu phố';
const task = (text: string) => ({
  text,
  channel: 'meeting',
  frequencyText: null,
  recurrence: null,
  deadline: null,
  target: null,
});

async function draft(assignments: object[]) {
  return http.send('POST', '/api/v1/plans', 'cambinh', {
    unitId: id('cambinh'),
    content: {
      title: 'Tuyên truyền thử giao nhiều đơn vị',
      periodFrom: '2025-03-03',
      periodTo: '2025-03-30',
      signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Người ký thử' },
      assignments,
    },
  });
}

describe('an assignment to several units', () => {
  test('the MTTQ and every khu phố get one task each; the heading prints as written', async () => {
    const created = await draft([
      {
        unitId: id('mttq'),
        unitIds: [],
        allOf: { kind: 'village', underId: null, exceptIds: [] },
        unitName: HEADING,
        tasks: [task('Tuyên truyền trong các cuộc họp tổ dân, khu phố')],
      },
    ]);
    expect(created.statusCode).toBe(201);
    const plan = created.json();
    const preview = await http.send('POST', '/api/v1/plans/assignees-preview', 'cambinh', {
      issuerUnitId: id('cambinh'),
      assignment: {
        unitId: plan.assignments[0].unitId,
        unitIds: plan.assignments[0].unitIds,
        allOf: plan.assignments[0].allOf,
      },
    });
    expect(preview.json().total).toBe(9);
    expect(preview.json().items[0].name).toBe('Ủy ban MTTQ phường Cẩm Bình');

    await http.send('POST', `/api/v1/plans/${plan.id}/submit`, 'cambinh');
    const issued = await http.send('POST', `/api/v1/plans/${plan.id}/issue`, 'lanhdao.cambinh', {});
    expect(issued.statusCode).toBe(200);
    const tasks: Array<{ assigneeName: string }> = (
      await http.get(`/api/v1/tasks?planId=${plan.id}`, 'cambinh')
    ).json().items;
    expect(tasks.map((x) => x.assigneeName).sort()).toEqual(
      [
        'Ủy ban MTTQ phường Cẩm Bình',
        ...Array.from({ length: 8 }, (_, i) => `Khu phố ${i + 1}`),
      ].sort(),
    );

    const doc = await http.get(`/api/v1/plans/${plan.id}/document.docx`, 'cambinh');
    const text = await docxText(doc.rawPayload);
    expect(text).toContain(HEADING);
    expect(text).not.toContain('Khu phố 1');
  });

  test('named units each get every task; an excepted khu phố gets none', async () => {
    const kp1 = await unitIdByName(http, 'cambinh', 'khu pho 1', 'Khu phố 1');
    const created = await draft([
      {
        unitId: id('vhxh'),
        unitIds: [id('mttq')],
        allOf: { kind: 'village', underId: id('cambinh'), exceptIds: [kp1] },
        unitName: 'Các bộ phận, đoàn thể và khu phố',
        tasks: [task('Việc một'), task('Việc hai')],
      },
    ]);
    const plan = created.json();
    await http.send('POST', `/api/v1/plans/${plan.id}/submit`, 'cambinh');
    await http.send('POST', `/api/v1/plans/${plan.id}/issue`, 'lanhdao.cambinh', {});
    const tasks: Array<{ assigneeName: string }> = (
      await http.get(`/api/v1/tasks?planId=${plan.id}`, 'cambinh')
    ).json().items;
    expect(tasks).toHaveLength(2 * (2 + 7));
    expect(tasks.some((x) => x.assigneeName === 'Khu phố 1')).toBe(false);
  });

  test('a unit outside the issuer is refused, naming that unit in the list', async () => {
    const res = await draft([
      {
        unitId: id('mttq'),
        unitIds: [id('vhxh'), id('kalong')],
        unitName: HEADING,
        tasks: [task('Việc')],
      },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({
      path: 'assignments.0.unitIds.1',
      message: expect.stringContaining('Phường Ka Long'),
    });
    const under = await draft([
      {
        unitId: null,
        allOf: { kind: 'village', underId: id('kalong'), exceptIds: [] },
        unitName: 'Các khu phố',
        tasks: [task('Việc')],
      },
    ]);
    expect(under.statusCode).toBe(400);
    expect(under.json().errors[0].path).toBe('assignments.0.allOf.underId');
  });

  test('"all of a kind" that finds nothing is kept in the draft and refused at submission', async () => {
    const res = await draft([
      {
        unitId: null,
        allOf: { kind: 'district', underId: null, exceptIds: [] },
        unitName: 'Các quận',
        tasks: [task('Việc')],
      },
    ]);
    expect(res.statusCode).toBe(201);
    const submit = await http.send('POST', `/api/v1/plans/${res.json().id}/submit`, 'cambinh');
    expect(submit.statusCode).toBe(400);
    expect(submit.json().errors[0].path).toBe('assignments.0.allOf.kind');
  });
});

describe('deriving from a plan to all units of a kind', () => {
  test('a commune reached by "all communes" derives the tasks meant for it', async () => {
    const province = await unitIdByName(http, 'admin', 'quang ninh', 'Tỉnh Quảng Ninh');
    const created = await http.send('POST', '/api/v1/plans', 'quangninh', {
      unitId: province,
      content: {
        title: 'Tuyên truyền thử toàn tỉnh',
        periodFrom: '2025-03-03',
        periodTo: '2025-03-30',
        signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Người ký thử' },
        assignments: [
          {
            unitId: null,
            allOf: { kind: 'commune', underId: null, exceptIds: [] },
            unitName: 'UBND các xã, phường',
            tasks: [task('Xây dựng kế hoạch của xã, phường')],
          },
        ],
      },
    });
    const plan = created.json();
    await http.send('POST', `/api/v1/plans/${plan.id}/submit`, 'quangninh');
    expect(
      (await http.send('POST', `/api/v1/plans/${plan.id}/issue`, 'admin', {})).statusCode,
    ).toBe(200);
    const derived = await http.send('POST', `/api/v1/plans/${plan.id}/derive`, 'cambinh', {});
    expect(derived.statusCode).toBe(201);
    expect(derived.json().assignments).toEqual([
      expect.objectContaining({
        tasks: [expect.objectContaining({ text: 'Xây dựng kế hoạch của xã, phường' })],
      }),
    ]);
  });
});
