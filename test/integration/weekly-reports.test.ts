import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Unit } from '../../src/domain/units/unit';
import {
  buildActivity,
  buildPlan,
  buildReport,
  buildUnit,
  buildUser,
  weeklyLoudspeakerDuty,
} from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// A ward and its city, both on Loa since 2022 (a week before a unit existed is owed no report).
// In April 2022 the city had the ward play its loudspeakers weekly; the ward played in week 16,
// and sent its reports for weeks 14 and 15 only now, long after they were due.
let t: TestApp;
let ward: Unit;
const c = new Map<string, string>();
const since = new Date('2022-01-03T00:00:00Z');

beforeAll(async () => {
  t = await buildTestApp();
  const province = await buildUnit(t.deps, { name: 'Tỉnh Thử', createdAt: since });
  const city = await buildUnit(t.deps, {
    parent: province,
    name: 'Thành phố Thử Cảng',
    kind: 'district',
    createdAt: since,
  });
  ward = await buildUnit(t.deps, {
    parent: city,
    name: 'Phường Thử Biển',
    kind: 'commune',
    createdAt: since,
  });
  const users = {
    ward: await buildUser(t.deps, ward, { role: 'officer' }),
    wardLeader: await buildUser(t.deps, ward, { role: 'leader' }),
    city: await buildUser(t.deps, city, { role: 'officer' }),
    cityLeader: await buildUser(t.deps, city, { role: 'leader' }),
  };
  for (const [who, user] of Object.entries(users)) c.set(who, await t.login(user.username));
  await buildPlan(t.deps, city, {
    status: 'issued',
    issuedOn: '2022-04-06',
    periodFrom: '2022-04-06',
    periodTo: '2022-05-22',
    assignments: [
      {
        unitId: ward.id,
        unitName: ward.name,
        tasks: [weeklyLoudspeakerDuty('Phát trên loa truyền thanh')],
      },
    ],
  });
  await buildActivity(t.deps, ward, { author: users.ward, occurredOn: '2022-04-20' });
  for (const week of ['2022-W14', '2022-W15'])
    await buildReport(t.deps, ward, { author: users.ward, periodKey: week });
});
afterAll(async () => t.close());

function get(url: string, who: string) {
  return t.app.inject({ url, headers: { cookie: c.get(who) ?? '' } });
}
function post(url: string, who: string, payload: object) {
  return t.app.inject({ method: 'POST', url, headers: { cookie: c.get(who) ?? '' }, payload });
}
const weekly = (week: string, results: string, submit = true) => ({
  unitId: ward.id,
  kind: 'weekly',
  periodKey: week,
  narrative: { results, difficulties: '', proposals: '' },
  submit,
});

describe('weekly reports', () => {
  test("the week's draft is pre-filled from the week's activities; the loudspeaker duty, played that week, is not among the missed", async () => {
    const draft = async (week: string) =>
      (await get(`/api/v1/reports/weekly?unitId=${ward.id}&week=${week}`, 'ward')).json<{
        report: unknown;
        week: object;
        figures: Array<{ channel: string; quantity: number }>;
        missed: Array<{ key: string; taskTitle: string }>;
      }>();
    const r = await draft('2022-W16');
    expect(r.report).toBeNull();
    expect(r.week).toMatchObject({ from: '2022-04-18', to: '2022-04-24', dueOn: '2022-04-25' });
    expect(r.figures).toEqual([expect.objectContaining({ channel: 'loudspeaker', quantity: 1 })]);
    // A missed window names its task, not its channel: the duty is known by its title.
    const playedFor = (m: { key: string; taskTitle: string }, week: string) =>
      m.key === week && m.taskTitle === 'Phát trên loa truyền thanh';
    expect(r.missed.some((m) => playedFor(m, '2022-W16'))).toBe(false);
    // The week after, with nothing played, the same duty is missed.
    expect((await draft('2022-W17')).missed.some((m) => playedFor(m, '2022-W17'))).toBe(true);
  });

  test('submitting twice at once creates one report; the city sees it on time and the rest missing', async () => {
    const body = weekly('2022-W16', 'Tuần 16');
    const [a, b] = await Promise.all([
      post('/api/v1/reports', 'ward', body),
      post('/api/v1/reports', 'ward', body),
    ]);
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(200);
    expect(a.json().id).toBe(b.json().id);
    expect(a.json().status).toBe('submitted');
    const grid = (
      await get(
        `/api/v1/reports/grid?unitId=${ward.parentId ?? ''}&weeks=4&endDay=2022-04-24`,
        'city',
      )
    ).json();
    const row = grid.rows.find((r: { unitName: string }) => r.unitName === ward.name);
    expect(row.cells.map((x: { week: string; state: string }) => [x.week, x.state])).toEqual([
      ['2022-W13', 'missing'],
      ['2022-W14', 'late'],
      ['2022-W15', 'late'],
      ['2022-W16', 'late'],
    ]);
  });

  test('the parent returns or accepts; the unit itself cannot; an accepted report is final', async () => {
    const report = (
      await get(`/api/v1/reports/weekly?unitId=${ward.id}&week=2022-W16`, 'ward')
    ).json().report;
    expect((await post(`/api/v1/reports/${report.id}/accept`, 'wardLeader', {})).statusCode).toBe(
      403,
    );
    expect((await post(`/api/v1/reports/${report.id}/return`, 'cityLeader', {})).statusCode).toBe(
      400,
    );
    const returned = await post(`/api/v1/reports/${report.id}/return`, 'cityLeader', {
      note: 'Bổ sung số liệu khu phố 3',
    });
    expect(returned.json()).toMatchObject({
      status: 'returned',
      reviewNote: 'Bổ sung số liệu khu phố 3',
    });
    const again = await post('/api/v1/reports', 'ward', weekly('2022-W16', 'Đã bổ sung'));
    expect(again.json().status).toBe('submitted');
    const accepted = await post(`/api/v1/reports/${report.id}/accept`, 'cityLeader', {});
    expect(accepted.json().status).toBe('accepted');
    const late = await post('/api/v1/reports', 'ward', weekly('2022-W16', 'x', false));
    expect(late.statusCode).toBe(409);
  });

  test('a reminder reaches the late unit’s bell', async () => {
    const res = await post('/api/v1/reports/remind', 'city', {
      unitIds: [ward.id],
      week: '2022-W13',
    });
    expect(res.json().reminded).toBe(1);
    const bell = (await get('/api/v1/notifications', 'ward'))
      .json()
      .items.map((n: { title: string }) => n.title);
    expect(bell).toContain('Nhắc nộp báo cáo tuần 13 (28/03–03/04/2022)');
  });
});
