import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { User } from '../../src/domain/accounts/user';
import type { Unit } from '../../src/domain/units/unit';
import { buildContent, buildUnit, buildUser } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// A past campaign entered after the fact: a weekly report carries the day it was really sent and
// is marked as entered later; an item whose validity has ended is sent on a day it was valid.

let t: TestApp;
const cookies = new Map<string, string>();
let ward: Unit;
let city: Unit;
let centre: Unit;
let cityOfficer: User;
let admin: User;
const call = (method: 'GET' | 'POST', url: string, who: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    headers: { cookie: cookies.get(who) ?? '' },
    ...(payload ? { payload } : {}),
  });

beforeAll(async () => {
  t = await buildTestApp();
  // Units that already existed in 2022: a unit owes no weekly report for a week before it did.
  const createdAt = new Date('2021-01-01T00:00:00+07:00');
  const province = await buildUnit(t.deps, { kind: 'province', createdAt });
  city = await buildUnit(t.deps, { parent: province, kind: 'district', createdAt });
  ward = await buildUnit(t.deps, { parent: city, kind: 'commune', createdAt });
  centre = await buildUnit(t.deps, { parent: city, kind: 'agency', createdAt });
  admin = await buildUser(t.deps, province, { role: 'admin' });
  cityOfficer = await buildUser(t.deps, city, { role: 'officer' });
  const wardOfficer = await buildUser(t.deps, ward, { role: 'officer' });
  for (const [who, user] of [
    ['admin', admin],
    ['wardOfficer', wardOfficer],
    ['cityOfficer', cityOfficer],
  ] as const)
    cookies.set(who, await t.login(user.username));
});
afterAll(async () => t.close());

const report = (who: string, submittedOn: string) =>
  call('POST', '/api/v1/reports', who, {
    unitId: ward.id,
    kind: 'weekly',
    periodKey: '2022-W18',
    narrative: { results: 'Phát thanh hằng tuần (dữ liệu mẫu).', difficulties: '', proposals: '' },
    submit: true,
    submittedOn,
  });

describe('a weekly report of 2022 entered now', () => {
  test('the sending day is neither in the future, nor before the week, nor given by another unit', async () => {
    expect((await report('wardOfficer', '2099-01-01')).json().errors[0].path).toBe('submittedOn');
    expect((await report('wardOfficer', '2022-04-30')).json().errors[0].path).toBe('submittedOn');
    // Only the reporting unit writes its report, whatever day it gives (ADR 16).
    expect((await report('admin', '2022-05-09')).statusCode).toBe(403);
  });

  test('sent on its due day, it is on time, and the city sees it marked as entered later', async () => {
    const res = await report('wardOfficer', '2022-05-09');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'submitted',
      submittedOn: '2022-05-09',
      enteredLater: true,
    });
    expect(res.json().submittedAt.slice(0, 4) > '2022').toBe(true);
    const grid = await call(
      'GET',
      `/api/v1/reports/grid?unitId=${city.id}&weeks=1&endDay=2022-05-08`,
      'cityOfficer',
    );
    const row = grid
      .json<{
        rows: Array<{ unitId: string; cells: Array<{ state: string; enteredLater?: boolean }> }>;
      }>()
      .rows.find((r) => r.unitId === ward.id);
    expect(row?.cells[0]).toMatchObject({ state: 'on_time', enteredLater: true });
  });
});

describe('an item valid in the past', () => {
  test('is sent on a day it was valid; not today, when it has expired', async () => {
    // Written by the city's officer for its centre, approved by someone else (four eyes).
    const { id } = await buildContent(t.deps, centre, {
      kind: 'article',
      title: 'Lịch bầu cử Trưởng khu phố 2022 (dữ liệu mẫu)',
      body: 'Ngày bầu cử: 05/6/2022 (dữ liệu mẫu).',
      validFrom: '2022-04-01',
      validUntil: '2022-06-15',
      status: 'approved',
      author: cityOfficer,
      approver: admin,
    });
    const send = (distributedOn?: string) =>
      call('POST', `/api/v1/content/${id}/distribute`, 'cityOfficer', {
        unitIds: [ward.id],
        includeSubtree: false,
        ...(distributedOn ? { distributedOn } : {}),
      });
    expect((await send()).json().errors[0].path).toBe('validUntil');
    expect((await send('2022-03-20')).json().errors[0].path).toBe('distributedOn');
    const past = await send('2022-04-05');
    expect(past.statusCode).toBe(200);
    expect(past.json()).toMatchObject({ added: 1 });
  });
});
