import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Plan } from '../../src/domain/plans/plan';
import type { Unit } from '../../src/domain/units/unit';
import { buildPlan, buildUnit, buildUser, SAMPLE } from '../support/factories';
import { asUsers } from '../support/plan-helpers';
import { buildTestApp, type TestApp } from '../support/test-app';

// A city whose plan 124/KH-UBND of 05/4/2022 assigns its ward a task; a ward of another city; an
// admin of the province above both.
let t: TestApp;
let http: ReturnType<typeof asUsers>;
let city: Unit;
let ward: Unit;
let farWard: Unit;
let cityPlan: Plan;

const task = {
  text: `Xây dựng kế hoạch tuyên truyền của phường ${SAMPLE}`,
  channel: null,
  frequencyText: null,
  recurrence: null,
  deadline: null,
  target: null,
};

beforeAll(async () => {
  t = await buildTestApp();
  http = asUsers(t);
  const province = await buildUnit(t.deps, { name: 'Tỉnh Bình An', kind: 'province' });
  city = await buildUnit(t.deps, {
    parent: province,
    name: 'Thành phố Bình Minh',
    kind: 'district',
  });
  ward = await buildUnit(t.deps, { parent: city, name: 'Phường Hòa An', kind: 'commune' });
  const farCity = await buildUnit(t.deps, { parent: province, kind: 'district' });
  farWard = await buildUnit(t.deps, { parent: farCity, kind: 'commune' });
  await buildUser(t.deps, province, { username: 'quantri.tinh', role: 'admin' });
  await buildUser(t.deps, city, { username: 'canbo.thanhpho', role: 'officer' });
  await buildUser(t.deps, ward, { username: 'canbo.phuong', role: 'officer' });
  cityPlan = await buildPlan(t.deps, city, {
    status: 'issued',
    number: 124,
    issuedOn: '2022-04-05',
    title: `Tuyên truyền bầu cử trên địa bàn thành phố Bình Minh ${SAMPLE}`,
    periodFrom: '2022-04-05',
    periodTo: '2022-06-15',
    channels: ['radio', 'loudspeaker', 'web_portal', 'social_media', 'visual'],
    phases: [
      { name: 'Đợt 1', from: '2022-04-05', to: '2022-05-15', peak: false },
      { name: 'Đợt cao điểm', from: '2022-05-16', to: '2022-06-15', peak: true },
    ],
    assignments: [{ unitId: ward.id, unitName: 'UBND phường Hòa An', tasks: [task] }],
  });
});
afterAll(async () => t.close());

describe('deriving', () => {
  test('inherits period, phases, channels and the higher plan as basis; not number, signer or date', async () => {
    const url = `/api/v1/plans/${cityPlan.id}/derive`;
    const outside = await http.send('POST', url, 'quantri.tinh', { unitId: farWard.id });
    expect(outside.statusCode).toBe(400);
    const derived = await http.send('POST', url, 'canbo.phuong', {});
    expect(derived.statusCode, derived.body).toBe(201);
    const again = await http.send('POST', url, 'canbo.phuong', {});
    expect(again.statusCode).toBe(409);
    // The city sees which of its assigned wards derived a plan.
    const derivations = await http.get(
      `/api/v1/plans/${cityPlan.id}/derivations`,
      'canbo.thanhpho',
    );
    expect(derivations.json().items).toEqual([
      expect.objectContaining({ unitName: ward.name, status: 'draft' }),
    ]);
    const mine = (await http.get(`/api/v1/plans/${derived.json().id}`, 'canbo.phuong')).json();
    expect(mine).toMatchObject({
      derivedFromId: cityPlan.id,
      periodFrom: cityPlan.periodFrom,
      periodTo: cityPlan.periodTo,
      phases: cityPlan.phases,
      channels: cityPlan.channels,
      place: 'Hòa An',
      parentBody: 'UBND THÀNH PHỐ BÌNH MINH',
      number: null,
      issuedOn: null,
    });
    expect(mine.signer.name).toBe('');
    expect(mine.bases[0]).toEqual({
      planId: cityPlan.id,
      text: expect.stringContaining('Kế hoạch số 124/KH-UBND ngày 05/4/2022'),
    });
  });

  test('a fresh derivation pre-fills for the lower unit', async () => {
    const own = await http.send('POST', '/api/v1/units', 'quantri.tinh', {
      parentId: city.id,
      name: 'Phường Hòa Thạch',
      kind: 'commune',
    });
    expect(own.statusCode, own.body).toBe(201);
    const res = await http.send('POST', `/api/v1/plans/${cityPlan.id}/derive`, 'canbo.thanhpho', {
      unitId: own.json().id,
    });
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({
      status: 'draft',
      number: null,
      issuedOn: null,
      place: 'Hòa Thạch',
      issuingBody: 'ỦY BAN NHÂN DÂN PHƯỜNG HÒA THẠCH',
      channels: ['radio', 'loudspeaker', 'web_portal', 'social_media', 'visual'],
    });
    expect(p.title).toContain('phường Hòa Thạch');
    expect(p.phases).toHaveLength(2);
    expect(p.signer.name).toBe('');
    expect(p.recipients).toEqual([
      expect.objectContaining({ name: 'UBND thành phố Bình Minh', purpose: 'b/c' }),
    ]);
  });
});

describe('exports', () => {
  const issuedWardPlan = () =>
    buildPlan(t.deps, ward, {
      status: 'issued',
      assignments: [{ unitId: ward.id, unitName: 'UBND phường Hòa An', tasks: [task] }],
    });

  test('PDF says clearly when LibreOffice is missing, or returns a PDF', async () => {
    const plan = await issuedWardPlan();
    const res = await http.get(`/api/v1/plans/${plan.id}/document.pdf`, 'canbo.phuong');
    if (res.statusCode === 200) expect(res.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    else {
      expect(res.statusCode).toBe(503);
      expect(res.json().detail).toContain('LibreOffice');
    }
  });

  test('the assignments export as XLSX', async () => {
    const plan = await issuedWardPlan();
    const res = await http.get(`/api/v1/plans/${plan.id}/assignments.xlsx`, 'canbo.phuong');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
  });
});
