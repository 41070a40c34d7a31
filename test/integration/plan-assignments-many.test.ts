import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Unit } from '../../src/domain/units/unit';
import { buildUnit, buildUser } from '../support/factories';
import { asUsers, docxText } from '../support/plan-helpers';
import { buildTestApp, type TestApp } from '../support/test-app';

// A province over a city over a ward with its Fatherland Front committee, its culture section and
// eight khu phố; a second ward of the same city with a khu phố of its own.
let t: TestApp;
let http: ReturnType<typeof asUsers>;
let province: Unit;
let ward: Unit;
let mttq: Unit;
let vhxh: Unit;
let otherWard: Unit;
const khuPho: Unit[] = [];

beforeAll(async () => {
  t = await buildTestApp();
  http = asUsers(t);
  province = await buildUnit(t.deps, { name: 'Tỉnh Bình An', kind: 'province' });
  const city = await buildUnit(t.deps, { parent: province, kind: 'district' });
  ward = await buildUnit(t.deps, { parent: city, name: 'Phường Hòa An', kind: 'commune' });
  mttq = await buildUnit(t.deps, {
    parent: ward,
    name: 'Ủy ban MTTQ phường Hòa An',
    kind: 'agency',
  });
  vhxh = await buildUnit(t.deps, {
    parent: ward,
    name: 'Bộ phận Văn hóa - Xã hội phường Hòa An',
    kind: 'agency',
  });
  for (let i = 1; i <= 8; i++)
    khuPho.push(await buildUnit(t.deps, { parent: ward, name: `Khu phố ${i}`, kind: 'village' }));
  otherWard = await buildUnit(t.deps, { parent: city, name: 'Phường Hòa Bình', kind: 'commune' });
  await buildUnit(t.deps, { parent: otherWard, name: 'Khu phố 1', kind: 'village' });
  await buildUser(t.deps, ward, { username: 'canbo.phuong', role: 'officer' });
  await buildUser(t.deps, ward, { username: 'lanhdao.phuong', role: 'leader' });
  await buildUser(t.deps, province, { username: 'canbo.tinh', role: 'officer' });
  await buildUser(t.deps, province, { username: 'lanhdao.tinh', role: 'leader' });
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
  return http.send('POST', '/api/v1/plans', 'canbo.phuong', {
    unitId: ward.id,
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
        unitId: mttq.id,
        unitIds: [],
        allOf: { kind: 'village', underId: null, exceptIds: [] },
        unitName: HEADING,
        tasks: [task('Tuyên truyền trong các cuộc họp tổ dân, khu phố')],
      },
    ]);
    expect(created.statusCode).toBe(201);
    const plan = created.json();
    const preview = await http.send('POST', '/api/v1/plans/assignees-preview', 'canbo.phuong', {
      issuerUnitId: ward.id,
      assignment: {
        unitId: plan.assignments[0].unitId,
        unitIds: plan.assignments[0].unitIds,
        allOf: plan.assignments[0].allOf,
      },
    });
    expect(preview.json().total).toBe(9);
    expect(preview.json().items[0].name).toBe(mttq.name);

    await http.send('POST', `/api/v1/plans/${plan.id}/submit`, 'canbo.phuong');
    const issued = await http.send('POST', `/api/v1/plans/${plan.id}/issue`, 'lanhdao.phuong', {});
    expect(issued.statusCode).toBe(200);
    const tasks: Array<{ assigneeName: string }> = (
      await http.get(`/api/v1/tasks?planId=${plan.id}`, 'canbo.phuong')
    ).json().items;
    expect(tasks.map((x) => x.assigneeName).sort()).toEqual(
      [mttq.name, ...Array.from({ length: 8 }, (_, i) => `Khu phố ${i + 1}`)].sort(),
    );

    const doc = await http.get(`/api/v1/plans/${plan.id}/document.docx`, 'canbo.phuong');
    const text = await docxText(doc.rawPayload);
    expect(text).toContain(HEADING);
    expect(text).not.toContain('Khu phố 1');
  });

  test('named units each get every task; an excepted khu phố gets none', async () => {
    const kp1 = khuPho[0]?.id ?? '';
    const created = await draft([
      {
        unitId: vhxh.id,
        unitIds: [mttq.id],
        allOf: { kind: 'village', underId: ward.id, exceptIds: [kp1] },
        unitName: 'Các bộ phận, đoàn thể và khu phố',
        tasks: [task('Việc một'), task('Việc hai')],
      },
    ]);
    const plan = created.json();
    await http.send('POST', `/api/v1/plans/${plan.id}/submit`, 'canbo.phuong');
    await http.send('POST', `/api/v1/plans/${plan.id}/issue`, 'lanhdao.phuong', {});
    const tasks: Array<{ assigneeName: string }> = (
      await http.get(`/api/v1/tasks?planId=${plan.id}`, 'canbo.phuong')
    ).json().items;
    expect(tasks).toHaveLength(2 * (2 + 7));
    expect(tasks.some((x) => x.assigneeName === 'Khu phố 1')).toBe(false);
  });

  test('a unit outside the issuer is refused, naming that unit in the list', async () => {
    const res = await draft([
      {
        unitId: mttq.id,
        unitIds: [vhxh.id, otherWard.id],
        unitName: HEADING,
        tasks: [task('Việc')],
      },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({
      path: 'assignments.0.unitIds.1',
      message: expect.stringContaining(otherWard.name),
    });
    const under = await draft([
      {
        unitId: null,
        allOf: { kind: 'village', underId: otherWard.id, exceptIds: [] },
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
    const submit = await http.send('POST', `/api/v1/plans/${res.json().id}/submit`, 'canbo.phuong');
    expect(submit.statusCode).toBe(400);
    expect(submit.json().errors[0].path).toBe('assignments.0.allOf.kind');
  });
});

describe('deriving from a plan to all units of a kind', () => {
  test('a commune reached by "all communes" derives the tasks meant for it', async () => {
    const created = await http.send('POST', '/api/v1/plans', 'canbo.tinh', {
      unitId: province.id,
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
    await http.send('POST', `/api/v1/plans/${plan.id}/submit`, 'canbo.tinh');
    expect(
      (await http.send('POST', `/api/v1/plans/${plan.id}/issue`, 'lanhdao.tinh', {})).statusCode,
    ).toBe(200);
    const derived = await http.send('POST', `/api/v1/plans/${plan.id}/derive`, 'canbo.phuong', {});
    expect(derived.statusCode).toBe(201);
    expect(derived.json().assignments).toEqual([
      expect.objectContaining({
        tasks: [expect.objectContaining({ text: 'Xây dựng kế hoạch của xã, phường' })],
      }),
    ]);
  });
});
