import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TodayLine, TodayResponse } from '../../src/contracts/today.contract';
import type { User } from '../../src/domain/accounts/user';
import { distributeContent } from '../../src/domain/content/distribute-content';
import type { Unit } from '../../src/domain/units/unit';
import {
  actorOf,
  buildActivity,
  buildContent,
  buildElection,
  buildPlan,
  buildUnit,
  buildUser,
  SAMPLE,
  weeklyLoudspeakerDuty,
} from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';
import { keptMail } from '../support/kept-mail';

// Tuesday 17/05/2022 (week 20), in the middle of a ward's plan whose culture section must play the
// loudspeaker once a week from 1/4 to 15/6; the section played on Monday. The city above sent the
// ward an audio file and its plan 124/KH-UBND of 05/4/2022, neither acknowledged yet.
const TUESDAY = new Date('2022-05-17T03:00:00Z');
// Units entered before the campaign: a unit created after a week owes no report for it.
const LONG_AGO = new Date('2022-01-03T00:00:00Z');
const { sent, mailer, deliver } = keptMail(() => t.database.db);

let t: TestApp;
let province: Unit;
let city: Unit;
let ward: Unit;
let section: Unit;
let otherWard: Unit;
let provinceOfficer: User;
let wardOfficer: User;
let wardLeader: User;
let outsider: User;
const LEADER = 'Nguyễn Văn An';

beforeAll(async () => {
  t = await buildTestApp();
  t.deps.clock = { now: () => TUESDAY };
  t.deps.mailer = mailer;
  const unit = (parent: Unit | null, name: string, kind: Unit['kind']) =>
    buildUnit(t.deps, { parent, name, kind, createdAt: LONG_AGO });
  province = await unit(null, 'Tỉnh Bình An', 'province');
  city = await unit(province, 'Thành phố Bình Minh', 'district');
  ward = await unit(city, 'Phường Hòa An', 'commune');
  section = await unit(ward, 'Bộ phận Văn hóa - Xã hội phường Hòa An', 'agency');
  otherWard = await unit(city, 'Phường Hòa Bình', 'commune');
  provinceOfficer = await buildUser(t.deps, province, { username: 'canbo.tinh' });
  wardOfficer = await buildUser(t.deps, ward, { username: 'canbo.phuong' });
  wardLeader = await buildUser(t.deps, ward, {
    username: 'lanhdao.phuong',
    role: 'leader',
    displayName: LEADER,
    email: 'lanhdao.phuong@example.org',
  });
  outsider = await buildUser(t.deps, otherWard, { username: 'canbo.hoabinh' });
  const cityOfficer = await buildUser(t.deps, city, { username: 'canbo.thanhpho' });
  await buildPlan(t.deps, ward, {
    status: 'issued',
    author: wardOfficer,
    approver: wardLeader,
    periodFrom: '2022-04-01',
    periodTo: '2022-06-15',
    issuedOn: '2022-04-06',
    assignments: [
      {
        unitId: section.id,
        unitName: section.name,
        tasks: [weeklyLoudspeakerDuty(`Phát loa tuyên truyền tối thiểu 01 lần/tuần ${SAMPLE}`)],
      },
    ],
  });
  await buildActivity(t.deps, section, { occurredOn: '2022-05-16' });
  await buildPlan(t.deps, city, {
    status: 'issued',
    author: cityOfficer,
    number: 124,
    issuedOn: '2022-04-05',
    periodFrom: '2022-04-05',
    periodTo: '2022-06-15',
    recipients: [{ name: 'UBND phường Hòa An', purpose: 't/h', unitId: ward.id }],
  });
  const audio = await buildContent(t.deps, city, { kind: 'audio', status: 'approved' });
  await distributeContent(t.deps, actorOf(cityOfficer, city), audio.id, {
    unitIds: [ward.id],
    includeSubtree: false,
  });
  await buildElection(t.deps, otherWard, { electionDay: '2022-06-05' });
});
afterAll(async () => t.close());

const login = (who: User) => t.login(who.username);
const get = async <T>(url: string, cookie: string): Promise<T> => {
  const res = await t.app.inject({ url, headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
};
const today = (cookie: string) => get<TodayResponse>('/api/v1/today', cookie);
const group = (view: TodayResponse, key: string): TodayLine[] =>
  view.groups.find((g) => g.key === key)?.lines ?? [];
const me = (cookie: string) => get<{ unit: { id: string } }>('/api/v1/me', cookie);

describe('GET /api/v1/today', () => {
  test('a ward officer sees the reports the ward owes, the week’s tasks with their status and the document sent down', async () => {
    const view = await today(await login(wardOfficer));
    expect(view.today).toBe('2022-05-17');
    expect(view.week.key).toBe('2022-W20');
    const reports = group(view, 'reports');
    expect(reports.map((l) => [l.title, l.status, l.date, l.link])).toEqual([
      ['2022-W19', 'late', '2022-05-16', '/app/reports?week=2022-W19'],
      ['2022-W20', 'due', '2022-05-23', '/app/reports?week=2022-W20'],
    ]);
    const duty = group(view, 'tasks').find((l) => l.unitName === section.name);
    expect(duty).toMatchObject({ status: 'met', detail: '1/1', date: '2022-05-22' });
    expect(duty?.link).toMatch(/^\/app\/obligations\?unit=[0-9a-f-]{36}$/);
    const docs = group(view, 'documents');
    // The city's audio and its plan 124, which the ward has not confirmed receiving.
    const audio = docs.find((l) => l.kind === 'document');
    expect(audio).toMatchObject({ unitName: city.name });
    expect(audio?.link).toBe(`/app/content/${audio?.id}`);
    const plan = docs.find((l) => l.kind === 'issued_plan');
    expect(plan).toMatchObject({ unitName: city.name, date: '2022-04-05' });
    expect(plan?.link).toBe(`/app/plans/${plan?.id}`);
    expect(view.groups.map((g) => g.key)).not.toContain('approvals');
  });

  test('a province reviewer sees the province’s own report due, nothing of a ward’s desk', async () => {
    const view = await today(await login(provinceOfficer));
    expect(group(view, 'reports').map((l) => [l.unitName, l.title])).toEqual([
      [province.name, '2022-W19'],
      [province.name, '2022-W20'],
    ]);
    expect(group(view, 'documents')).toEqual([]);
    expect(group(view, 'approvals')).toEqual([]);
  });

  test('a draft reaches the leader’s approvals (in-app and by e-mail), and its author is told who approves', async () => {
    const officer = await login(wardOfficer);
    const leader = await login(wardLeader);
    expect(group(await today(leader), 'approvals')).toEqual([]);

    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/content',
      headers: { cookie: officer },
      payload: {
        unitId: (await me(officer)).unit.id,
        kind: 'article',
        title: 'Lịch bỏ phiếu bầu Trưởng khu phố',
        body: 'Cử tri đại diện hộ gia đình đi bỏ phiếu ngày 05/6/2022.',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;

    const approvals = group(await today(leader), 'approvals');
    expect(approvals).toContainEqual(
      expect.objectContaining({ kind: 'content', id, link: `/app/content/${id}` }),
    );
    expect(approvals.find((l) => l.id === id)?.byName).toBeTruthy();
    const bell = await get<{ items: Array<{ title: string; link: string | null }> }>(
      '/api/v1/notifications',
      leader,
    );
    expect(bell.items).toContainEqual(
      expect.objectContaining({
        title: 'Tài liệu chờ duyệt: Lịch bỏ phiếu bầu Trưởng khu phố',
        link: `/app/content/${id}`,
      }),
    );
    await deliver();
    expect(sent).toContainEqual(
      expect.objectContaining({
        to: 'lanhdao.phuong@example.org',
        subject: '[Loa] Tài liệu chờ duyệt: Lịch bỏ phiếu bầu Trưởng khu phố',
      }),
    );

    const mine = group(await today(officer), 'waiting').find((l) => l.id === id);
    expect(mine?.approvers).toEqual([{ name: LEADER, role: 'leader', unitName: ward.name }]);
    const named = await get<{ items: Array<{ name: string }> }>(
      `/api/v1/content/${id}/approvers`,
      officer,
    );
    expect(named.items.map((a) => a.name)).toEqual([LEADER]);
    // The leader who approves it no longer sees it waiting; the author no longer waits.
    const approved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/content/${id}/approve`,
      headers: { cookie: leader },
      payload: {},
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(group(await today(leader), 'approvals').map((l) => l.id)).not.toContain(id);
    expect(group(await today(officer), 'waiting').map((l) => l.id)).not.toContain(id);
    expect(
      (await get<{ items: unknown[] }>(`/api/v1/content/${id}/approvers`, officer)).items,
    ).toEqual([]);
  });

  test('a claim logged by the ward reaches its handlers’ bells and their approvals list', async () => {
    const officer = await login(wardOfficer);
    const leader = await login(wardLeader);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/claims',
      headers: { cookie: leader },
      payload: {
        unitId: (await me(leader)).unit.id,
        text: 'Tin đồn: năm nay mỗi hộ phải nộp phí để được đi bầu Trưởng khu phố.',
        platform: 'zalo',
        firstSeenOn: '2022-05-16',
        topic: 'Phí bầu cử',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json<{ id: string }>().id;
    const bell = await get<{ items: Array<{ title: string; link: string | null }> }>(
      '/api/v1/notifications',
      officer,
    );
    expect(bell.items).toContainEqual(
      expect.objectContaining({
        title: 'Thông tin sai lệch cần xác minh: Phí bầu cử',
        link: '/app/claims',
      }),
    );
    expect(group(await today(officer), 'approvals')).toContainEqual(
      expect.objectContaining({ kind: 'claim', id, detail: 'new', link: '/app/claims' }),
    );
    const outside = await login(outsider);
    expect(group(await today(outside), 'approvals').map((l) => l.id)).not.toContain(id);
  });

  test('a unit taking part in an election sees its steps of the next 14 days, linked to the election', async () => {
    t.deps.clock = { now: () => new Date('2022-05-25T03:00:00Z') };
    try {
      const lines = group(await today(await login(outsider)), 'milestones');
      expect(lines.length).toBeGreaterThan(0);
      for (const l of lines) {
        expect(l.date >= '2022-05-25' && l.date <= '2022-06-08').toBe(true);
        expect(l.link).toMatch(/^\/app\/elections\/[0-9a-f-]{36}$/);
      }
    } finally {
      t.deps.clock = { now: () => TUESDAY };
    }
  });
});
