// Outgoing mail and periodic jobs on the PostgreSQL-backed queue (pg-boss, ADR 33), on each
// engine: mail leaves with the change that wrote it or not at all, a refusing SMTP server delays
// it without losing it, a worker being stopped finishes the send in hand, and a periodic job never
// waits twice.
import pino from 'pino';
import PgBoss from 'pg-boss';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { executorOf, QUEUE_SCHEMA } from '../../src/db/queue';
import { queryRows } from '../../src/db/query-rows';
import type { Actor } from '../../src/domain/accounts/access';
import type { MailMessage } from '../../src/domain/notifications/notifications.port';
import { notifyUnits } from '../../src/domain/notifications/notify';
import { remindReports } from '../../src/domain/reports/report-grid';
import type { Unit } from '../../src/domain/units/unit';
import { startScheduler } from '../../src/jobs/scheduler';
import { buildUnit, buildUser } from '../support/factories';
import { eventually } from '../support/http-client';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let ward: Unit;
let actor: Actor;
const log = pino({ level: 'silent' });

beforeAll(async () => {
  t = await buildTestApp();
  const city = await buildUnit(t.deps, { kind: 'district', name: 'Thành phố Thử' });
  ward = await buildUnit(t.deps, { parent: city, name: 'Phường Thử' });
  await buildUser(t.deps, ward, { email: 'phuong@example.org' });
  const leader = await buildUser(t.deps, city, { role: 'leader' });
  actor = {
    userId: leader.id,
    username: leader.username,
    displayName: leader.displayName,
    role: 'leader',
    unitId: city.id,
    unitPath: city.path,
  };
});
afterAll(async () => t.close());

/** The SMTP server's side: what it was given, and whether it takes more. */
function smtpServer() {
  const sent: MailMessage[] = [];
  let refusing = false;
  return {
    sent,
    refuse: (on: boolean) => (refusing = on),
    mailer: {
      send: async (m: MailMessage) => {
        if (refusing) throw new Error('421 service not available');
        sent.push(m);
      },
    },
  };
}

/** The queued mail of reminders sent by hand (the periodic jobs may queue their own). */
const mailJobs = () =>
  queryRows<{ id: string; state: string; to: string }>(
    t.database.db,
    sql`select id, state::text, data->>'to' as "to" from pgboss.job
        where name = 'mail' and data->>'subject' like ${`%${BY_HAND}%`} order by created_on`,
  );
const BY_HAND = 'Nhắc nộp báo cáo';
const clearMail = () => t.database.db.execute(sql`delete from pgboss.job where name = 'mail'`);

test('mail is queued by the change that writes it, and a change that fails queues none', async () => {
  await clearMail();
  const smtp = smtpServer();
  await expect(
    t.deps.uow.transaction(async (repos) => {
      await notifyUnits(
        repos,
        { ...t.deps, mailer: smtp.mailer },
        { unitIds: [ward.id], kind: 'reminder', title: 'Thử', body: 'Thử' },
      );
      throw new Error('the change is refused after its notice was written');
    }),
  ).rejects.toThrow('refused');
  expect(await mailJobs()).toEqual([]);

  await remindReports({ ...t.deps, mailer: smtp.mailer }, actor, {
    unitIds: [ward.id],
    week: '2026-W10',
  });
  expect((await mailJobs()).map((j) => [j.to, j.state])).toEqual([
    ['phuong@example.org', 'created'],
  ]);
  // Nothing is sent in the request: the queue's worker sends it.
  expect(smtp.sent).toEqual([]);
});

test('an installation without SMTP queues no mail', async () => {
  await clearMail();
  await remindReports({ ...t.deps, mailer: null }, actor, {
    unitIds: [ward.id],
    week: '2026-W11',
  });
  expect(await mailJobs()).toEqual([]);
});

test('mail the SMTP server refuses is kept and sent once on a later try', async () => {
  await clearMail();
  const smtp = smtpServer();
  const deps = { ...t.deps, mailer: smtp.mailer };
  await remindReports(deps, actor, { unitIds: [ward.id], week: '2026-W12' });
  const jobs = await startScheduler(t.database, deps, log, { intervalMs: 0, start: false });

  smtp.refuse(true);
  await jobs.runOnce();
  expect(smtp.sent).toEqual([]);
  expect((await mailJobs()).map((j) => j.state)).toEqual(['retry']);
  // Not yet due again: a second pass right away leaves it waiting.
  await jobs.runOnce();
  expect((await mailJobs()).map((j) => j.state)).toEqual(['retry']);

  smtp.refuse(false);
  // The retry's delay has passed.
  await t.database.db.execute(sql`update pgboss.job set start_after = now() where name = 'mail'`);
  await jobs.runOnce();
  await jobs.runOnce();
  expect(smtp.sent.filter((m) => m.subject.includes(BY_HAND)).map((m) => m.to)).toEqual([
    'phuong@example.org',
  ]);
  expect((await mailJobs()).map((j) => j.state)).toEqual(['completed']);
});

test('a running worker sends queued mail, and stopping waits for the send in hand', async () => {
  await clearMail();
  let release = (): void => undefined;
  const held = new Promise<void>((r) => (release = r));
  const started: MailMessage[] = [];
  const mailer = {
    send: async (m: MailMessage) => {
      started.push(m);
      await held;
    },
  };
  const deps = { ...t.deps, mailer };
  const jobs = await startScheduler(t.database, deps, log, {
    intervalMs: 3_600_000,
    start: true,
  });
  await remindReports(deps, actor, { unitIds: [ward.id], week: '2026-W13' });
  expect(
    await eventually(async () => started.some((m) => m.subject.includes(BY_HAND)), 30_000),
  ).toBe(true);

  let stopped = false;
  const stopping = jobs.stop().then(() => (stopped = true));
  // The send is still in hand: stopping has not finished.
  await new Promise((r) => setTimeout(r, 300));
  expect(stopped).toBe(false);
  release();
  await stopping;
  expect((await mailJobs()).map((j) => j.state)).toEqual(['completed']);
});

test('a periodic job waits on its queue at most once, however many instances tick', async () => {
  const boss = new PgBoss({ schema: QUEUE_SCHEMA, db: executorOf(t.database.db) });
  await t.database.db.execute(sql`delete from pgboss.job where name = 'report-reminders'`);
  const first = await boss.send('report-reminders', {});
  const second = await boss.send('report-reminders', {});
  expect(first).toEqual(expect.any(String));
  expect(second).toBeNull();
});
