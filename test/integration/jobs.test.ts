import pino from 'pino';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/query-rows';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startScheduler } from '../../src/jobs/scheduler';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ demo: true });
});
afterAll(async () => t.close());

// Monday 11/04/2022, 10:00 in Vietnam: the weekly reports of week 14 are due today.
const monday = { now: () => new Date('2022-04-11T03:00:00Z') };
const tuesday = { now: () => new Date('2022-04-12T03:00:00Z') };
const titles = async (username: string) => {
  const cookie = await t.login(username);
  return (await t.app.inject({ url: '/api/v1/notifications', headers: { cookie } }))
    .json()
    .items.map((n: { title: string }) => n.title) as string[];
};

test('on the due day, units that owe the week’s report are reminded once, even by two instances at the same moment', async () => {
  const log = pino({ level: 'silent' });
  const a = await startScheduler(t.database, { ...t.deps, clock: monday }, log, {
    intervalMs: 0,
    start: false,
  });
  const b = await startScheduler(t.database, { ...t.deps, clock: monday }, log, {
    intervalMs: 0,
    start: false,
  });
  await Promise.all([a.runOnce(), b.runOnce(), a.runOnce()]);
  const city = await titles('campha');
  expect(
    city.filter((x) => x === 'Hôm nay là hạn nộp báo cáo tuần 14 (04/04–10/04/2022)'),
  ).toHaveLength(1);
  // Cẩm Bình sent its week-14 report, and Ka Long had no work that week: neither is reminded.
  expect(await titles('cambinh')).not.toContain(
    'Hôm nay là hạn nộp báo cáo tuần 14 (04/04–10/04/2022)',
  );
  expect(await titles('kalong')).not.toContain(
    'Hôm nay là hạn nộp báo cáo tuần 14 (04/04–10/04/2022)',
  );
});

test('the day before, the unit is told the report is due tomorrow', async () => {
  const sunday = { now: () => new Date('2022-04-10T03:00:00Z') };
  const job = await startScheduler(
    t.database,
    { ...t.deps, clock: sunday },
    pino({ level: 'silent' }),
    { intervalMs: 0, start: false },
  );
  await job.runOnce();
  expect(await titles('campha')).toContain(
    'Ngày mai là hạn nộp báo cáo tuần 14 (04/04–10/04/2022)',
  );
});

test('the day after, a unit still owing is told it is late', async () => {
  const job = await startScheduler(
    t.database,
    { ...t.deps, clock: tuesday },
    pino({ level: 'silent' }),
    { intervalMs: 0, start: false },
  );
  expect((await job.runOnce())['report-reminders']).toEqual({ ran: true });
  expect(await titles('campha')).toContain('Báo cáo tuần 14 (04/04–10/04/2022) đã quá hạn');
});

test('with SMTP configured, each user with an e-mail gets one digest of the day’s unread notifications', async () => {
  const sent: Array<{ to: string; subject: string; text: string }> = [];
  // The mailer is the edge of the system (an SMTP server); this one keeps what it is given.
  const mailer = {
    send: async (m: { to: string; subject: string; text: string }) => void sent.push(m),
  };
  const admin = await t.login('admin');
  const campha = (
    await t.app.inject({ url: '/api/v1/users?search=campha', headers: { cookie: admin } })
  ).json().items[0];
  await t.app.inject({
    method: 'PATCH',
    url: `/api/v1/users/${campha.id}`,
    headers: { cookie: admin },
    payload: { email: 'campha@example.org' },
  });
  const job = await startScheduler(
    t.database,
    { ...t.deps, mailer, clock: tuesday },
    pino({ level: 'silent' }),
    { intervalMs: 0, start: false },
  );
  await job.runOnce();
  await job.runOnce();
  expect(sent.filter((m) => m.to === 'campha@example.org')).toHaveLength(1);
  expect(sent[0]?.text).toContain('Báo cáo tuần 14 (04/04–10/04/2022) đã quá hạn');
});

test('the unit running an election hears of a legal step three days ahead, once', async () => {
  // The demo's upcoming village-head election of Cẩm Bình is six weeks after seeding: its first
  // step (M−20) is three days after the clock below.
  const rows = await queryRows<{ due: string }>(
    t.database.db,
    sql`select min(m.due_on)::text as due from election_milestones m join elections e on e.id = m.election_id where e.sample and m.done_at is null and m.due_on > current_date`,
  );
  const due = rows[0]?.due ?? '';
  const clock = { now: () => new Date(new Date(`${due}T03:00:00Z`).getTime() - 3 * 86_400_000) };
  const job = await startScheduler(t.database, { ...t.deps, clock }, pino({ level: 'silent' }), {
    intervalMs: 0,
    start: false,
  });
  await job.runOnce();
  await job.runOnce();
  const heard = (await titles('cambinh')).filter((x) => x.startsWith('Sắp tới ('));
  expect(heard.length).toBeGreaterThan(0);
  expect(new Set(heard).size).toBe(heard.length);
});
