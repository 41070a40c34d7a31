import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Plan } from '../../src/domain/plans/plan';
import type { Unit } from '../../src/domain/units/unit';
import {
  buildActivity,
  buildPlan,
  buildUnit,
  buildUser,
  type PlanOverrides,
} from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// A city whose 2021 plan has a phase "Đợt 1" (18/01–25/03/2021), in which two of its units
// recorded work (and once more after the phase, which no summary of it may count); a second
// city has a plan with a phase of the same name.
let t: TestApp;
let city: Unit;
let cityPlan: Plan;
let elsewherePlan: Plan;
let cookie = '';
const PHASE = { name: 'Đợt 1', from: '2021-01-18', to: '2021-03-25', peak: false };

beforeAll(async () => {
  t = await buildTestApp();
  const province = await buildUnit(t.deps, { name: 'Tỉnh Thử' });
  city = await buildUnit(t.deps, {
    parent: province,
    name: 'Thành phố Thử Cảng',
    kind: 'district',
  });
  const other = await buildUnit(t.deps, {
    parent: province,
    name: 'Thành phố Thử Núi',
    kind: 'district',
  });
  const ward = await buildUnit(t.deps, { parent: city, name: 'Phường Thử Biển', kind: 'commune' });
  const centre = await buildUnit(t.deps, {
    parent: city,
    name: 'Trung tâm Văn hóa thử',
    kind: 'agency',
  });
  const officer = await buildUser(t.deps, city, { role: 'officer' });
  cookie = await t.login(officer.username);
  const plan: PlanOverrides = {
    status: 'issued',
    issuedOn: '2021-01-15',
    periodFrom: '2021-01-18',
    periodTo: '2021-05-31',
    phases: [PHASE],
  };
  cityPlan = await buildPlan(t.deps, city, plan);
  elsewherePlan = await buildPlan(t.deps, other, plan);
  for (const [unit, occurredOn, channel, categoryCode, quantity] of [
    [ward, '2021-01-20', 'loudspeaker', 'luot_phat', 3],
    [ward, '2021-02-15', 'visual', 'bang_ron', 12],
    [centre, '2021-03-25', 'web_portal', 'tin_bai', 5],
    [centre, '2021-03-26', 'web_portal', 'tin_bai', 40],
  ] as const)
    await buildActivity(t.deps, unit, {
      author: officer,
      occurredOn,
      channel,
      categoryCode,
      quantity,
    });
});
afterAll(async () => t.close());

const get = (url: string) => t.app.inject({ url, headers: { cookie } });
const post = (url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, headers: { cookie }, payload });
const phase1 = () => `unitId=${city.id}&phase=${encodeURIComponent('Đợt 1')}`;

describe('a phase summary, built from activities', () => {
  test('the summary, the dashboard figures and the activity list reconcile exactly, and the DOCX and XLSX carry the same numbers', async () => {
    const q = `unitId=${city.id}&from=2021-01-18&to=2021-03-25`;
    const summary = (await get(`/api/v1/reports/summary?${phase1()}`)).json();
    expect(summary).toMatchObject({
      kind: 'phase',
      phaseName: 'Đợt 1',
      from: PHASE.from,
      to: PHASE.to,
    });
    const figures = (
      await get(`/api/v1/units/${city.id}/figures?from=2021-01-18&to=2021-03-25`)
    ).json();
    expect(summary.figures).toEqual(figures.rows);
    const list = (await get(`/api/v1/activities?${q}&pageSize=500`)).json();
    const listed = list.items.reduce((s: number, a: { quantity: number }) => s + a.quantity, 0);
    // The three entries of the phase, not the one the day after it.
    expect(listed).toBe(3 + 12 + 5);
    expect(listed).toBe(
      figures.rows.reduce((s: number, r: { quantity: number }) => s + r.quantity, 0),
    );

    const docx = await get(`/api/v1/reports/summary.docx?${phase1()}`);
    const xml =
      (await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')?.async('string')) ??
      '';
    const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain(
      'Sơ kết Đợt 1 công tác tuyên truyền từ ngày 18/01/2021 đến ngày 25/03/2021',
    );
    for (const r of figures.rows) expect(text).toContain(r.quantity.toLocaleString('vi-VN'));

    const xlsx = await get(`/api/v1/reports/summary.xlsx?${phase1()}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const values: number[] = [];
    sheet?.eachRow((row) => {
      const v = row.getCell(4).value;
      if (typeof v === 'number') values.push(v);
    });
    expect(values.reduce((a, b) => a + b, 0)).toBe(listed);
  });

  test('a phase no plan has is refused with the field named', async () => {
    const res = await get(
      `/api/v1/reports/summary?unitId=${city.id}&phase=${encodeURIComponent('Đợt 9')}`,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('phase');
  });
});

describe('a unit with many plans', () => {
  test('finds its phase in its issued plan behind more than 200 newer drafts', async () => {
    const url = `/api/v1/reports/summary?${phase1()}`;
    const before = (await get(url)).json();
    expect(before).toMatchObject({ from: PHASE.from, to: PHASE.to });
    for (let i = 0; i <= 200; i++)
      expect((await post('/api/v1/plans', { unitId: city.id })).statusCode).toBe(201);
    const res = await get(url);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ from: before.from, to: before.to, phaseName: 'Đợt 1' });
  });

  test('reads a phase from the plan it was chosen from, and not from a plan of another city', async () => {
    const url = (planId: string) => `/api/v1/reports/summary?${phase1()}&planId=${planId}`;
    const res = await get(url(cityPlan.id));
    expect(res.statusCode).toBe(200);
    expect(res.json().from).toBe('2021-01-18');
    expect((await get(url(elsewherePlan.id))).statusCode).toBe(400);
  });
});
