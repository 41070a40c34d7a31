import pino from 'pino';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { User } from '../../src/domain/accounts/user';
import { weekOfDay } from '../../src/domain/reports/report-week';
import { addDays } from '../../src/domain/shared/calendar';
import { civilDate } from '../../src/domain/shared/dates';
import type { Unit } from '../../src/domain/units/unit';
import { startScheduler } from '../../src/jobs/scheduler';
import {
  buildElection,
  buildPlan,
  buildReport,
  buildTree,
  buildUnit,
  buildUser,
  type BuiltTree,
  weeklyLoudspeakerDuty,
} from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// In the week of 04/04–10/04/2022 (ISO week 14), a city (`tree.district`) has given its ward
// (`tree.commune`) a weekly loudspeaker duty: both owe that week's report. The ward has sent it; a
// second ward has no work at all. All of them were on Loa since January 2022.
let t: TestApp;
let tree: BuiltTree;
let idle: User;
let ward: Unit;
const SINCE = new Date('2022-01-03T00:00:00Z');
// The week the reminders are about, and its report's label as the titles must print it.
const week = weekOfDay('2022-04-06');
const label = 'tuần 14 (04/04–10/04/2022)';
beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildTree(t.deps, { since: SINCE });
  ward = tree.commune;
  idle = await buildUser(
    t.deps,
    await buildUnit(t.deps, {
      parent: tree.district,
      kind: 'commune',
      createdAt: SINCE,
      updatedAt: SINCE,
    }),
    { role: 'officer' },
  );
  await buildPlan(t.deps, tree.district, {
    status: 'issued',
    issuedOn: '2022-04-01',
    periodFrom: week.from,
    periodTo: addDays(week.to, 28),
    assignments: [
      {
        unitId: ward.id,
        unitName: ward.name,
        tasks: [weeklyLoudspeakerDuty('Phát trên loa truyền thanh')],
      },
    ],
  });
  await buildReport(t.deps, ward, { periodKey: week.key });
});
afterAll(async () => t.close());

// 10:00 in Vietnam on a day of the reminders: the due day is the Monday after the week.
const at = (day: string) => ({ now: () => new Date(`${day}T03:00:00Z`) });
const monday = at(week.dueOn);
const tuesday = at(addDays(week.dueOn, 1));
const city = () => tree.users.district.officer.username;
const titles = async (username: string) => {
  const cookie = await t.login(username);
  return (await t.app.inject({ url: '/api/v1/notifications', headers: { cookie } }))
    .json()
    .items.map((n: { title: string }) => n.title) as string[];
};
const scheduler = (clock: { now: () => Date }, extra: object = {}) =>
  startScheduler(t.database, { ...t.deps, clock, ...extra }, pino({ level: 'silent' }), {
    intervalMs: 0,
    start: false,
  });

test('on the due day, units that owe the week’s report are reminded once, even by two instances at the same moment', async () => {
  const a = await scheduler(monday);
  const b = await scheduler(monday);
  await Promise.all([a.runOnce(), b.runOnce(), a.runOnce()]);
  const due = `Hôm nay là hạn nộp báo cáo ${label}`;
  expect((await titles(city())).filter((x) => x === due)).toHaveLength(1);
  // The ward sent its report, and the other ward had no work that week: neither is reminded.
  expect(await titles(tree.users.commune.officer.username)).not.toContain(due);
  expect(await titles(idle.username)).not.toContain(due);
});

test('the day before, the unit is told the report is due tomorrow', async () => {
  const job = await scheduler(at(week.to));
  await job.runOnce();
  expect(await titles(city())).toContain(`Ngày mai là hạn nộp báo cáo ${label}`);
});

test('the day after, a unit still owing is told it is late', async () => {
  const job = await scheduler(tuesday);
  expect((await job.runOnce())['report-reminders']).toEqual({ ran: true });
  expect(await titles(city())).toContain(`Báo cáo ${label} đã quá hạn`);
});

test('with SMTP configured, each user with an e-mail gets one digest of the day’s unread notifications', async () => {
  const sent: Array<{ to: string; subject: string; text: string }> = [];
  // The mailer is the edge of the system (an SMTP server); this one keeps what it is given.
  const mailer = {
    send: async (m: { to: string; subject: string; text: string }) => void sent.push(m),
  };
  const admin = await t.login(tree.users.province.admin.username);
  const patched = await t.app.inject({
    method: 'PATCH',
    url: `/api/v1/users/${tree.users.district.officer.id}`,
    headers: { cookie: admin },
    payload: { email: 'thanhpho@example.org' },
  });
  expect(patched.statusCode, patched.body).toBe(200);
  const job = await scheduler(tuesday, { mailer });
  await job.runOnce();
  await job.runOnce();
  expect(sent.filter((m) => m.to === 'thanhpho@example.org')).toHaveLength(1);
  expect(sent[0]?.text).toContain(`Báo cáo ${label} đã quá hạn`);
});

test('the unit running an election hears of a legal step three days ahead, once', async () => {
  const { milestones } = await buildElection(t.deps, ward);
  const today = civilDate(new Date());
  const due = milestones.map((m) => m.dueOn).find((d) => d > today) ?? '';
  expect(due).not.toBe('');
  const clock = { now: () => new Date(new Date(`${due}T03:00:00Z`).getTime() - 3 * 86_400_000) };
  const job = await scheduler(clock);
  await job.runOnce();
  await job.runOnce();
  const heard = (await titles(tree.users.commune.officer.username)).filter((x) =>
    x.startsWith('Sắp tới ('),
  );
  expect(heard.length).toBeGreaterThan(0);
  expect(new Set(heard).size).toBe(heard.length);
});
