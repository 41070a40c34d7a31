import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TodayResponse } from '../../src/contracts/today.contract';
import type { Plan } from '../../src/domain/plans/plan';
import type { Unit } from '../../src/domain/units/unit';
import { buildPlan, buildUnit, buildUser } from '../support/factories';
import { asUsers, planReceipts, todayDocuments } from '../support/plan-helpers';
import { buildTestApp, type TestApp } from '../support/test-app';
import { keptMail } from '../support/kept-mail';

// A city, its ward with a culture section, and a ward of another city, on Tuesday 17/05/2022
// (week 20); the city issued plan 124/KH-UBND on 05/4/2022 naming the ward in Nơi nhận.
const TUESDAY = new Date('2022-05-17T03:00:00Z');
const { sent, mailer, deliver: mailWorkerPass } = keptMail(() => t.database.db);

let t: TestApp;
let http: ReturnType<typeof asUsers>;
let city: Unit;
let ward: Unit;
let vhxh: Unit;
let cityPlan: Plan;
const OFFICER = 'Cán bộ phường Hòa An';

beforeAll(async () => {
  t = await buildTestApp();
  t.deps.clock = { now: () => TUESDAY };
  t.deps.mailer = mailer;
  http = asUsers(t);
  const province = await buildUnit(t.deps, { name: 'Tỉnh Bình An', kind: 'province' });
  city = await buildUnit(t.deps, {
    parent: province,
    name: 'Thành phố Bình Minh',
    kind: 'district',
  });
  ward = await buildUnit(t.deps, { parent: city, name: 'Phường Hòa An', kind: 'commune' });
  vhxh = await buildUnit(t.deps, {
    parent: ward,
    name: 'Bộ phận Văn hóa - Xã hội phường Hòa An',
    kind: 'agency',
  });
  const farCity = await buildUnit(t.deps, { parent: province, kind: 'district' });
  const farWard = await buildUnit(t.deps, { parent: farCity, kind: 'commune' });
  const user = (unit: Unit, username: string, role: 'admin' | 'leader' | 'officer', name: string) =>
    buildUser(t.deps, unit, {
      username,
      role,
      displayName: name,
      email: `${username}@example.org`,
    });
  await user(ward, 'canbo.phuong', 'officer', OFFICER);
  await user(ward, 'lanhdao.phuong', 'leader', 'Nguyễn Văn An');
  await user(city, 'canbo.thanhpho', 'officer', 'Cán bộ thành phố Bình Minh');
  const cityLeader = await user(city, 'lanhdao.thanhpho', 'leader', 'Trần Văn Bình');
  await user(city, 'quantri.thanhpho', 'admin', 'Quản trị thành phố Bình Minh');
  await user(farWard, 'canbo.xa', 'officer', 'Cán bộ phường khác');
  cityPlan = await buildPlan(t.deps, city, {
    status: 'issued',
    approver: cityLeader,
    number: 124,
    issuedOn: '2022-04-05',
    periodFrom: '2022-04-05',
    periodTo: '2022-06-15',
    recipients: [{ name: 'UBND phường Hòa An', purpose: 't/h', unitId: ward.id }],
  });
});
afterAll(async () => t.close());

/** The city writes a plan giving the ward a task and naming it in Nơi nhận; its leader issues it. */
async function issueCityPlan(): Promise<string> {
  const draft = await http.send('POST', '/api/v1/plans', 'canbo.thanhpho', {
    unitId: city.id,
    content: {
      title: 'Tuyên truyền ngày bầu cử Trưởng khu phố',
      periodFrom: '2022-05-16',
      periodTo: '2022-06-05',
      signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Chủ tịch' },
      assignments: [
        {
          unitId: ward.id,
          unitName: 'UBND phường Hòa An',
          tasks: [
            {
              text: 'Treo băng rôn tại nhà văn hóa khu phố',
              channel: null,
              frequencyText: null,
              recurrence: null,
              deadline: '2022-05-31',
              target: null,
            },
          ],
        },
      ],
      recipients: [{ name: 'UBND phường Hòa An', purpose: 't/h', unitId: ward.id }],
    },
  });
  expect(draft.statusCode, draft.body).toBe(201);
  const id = draft.json<{ id: string }>().id;
  const submitted = await http.send('POST', `/api/v1/plans/${id}/submit`, 'canbo.thanhpho');
  expect(submitted.statusCode, submitted.body).toBe(200);
  const issued = await http.send('POST', `/api/v1/plans/${id}/issue`, 'lanhdao.thanhpho', {
    issuedOn: '2022-05-17',
  });
  expect(issued.statusCode, issued.body).toBe(200);
  return id;
}

describe('acknowledging an issued plan ("đã nhận")', () => {
  test('the ward sees the city plan it has not acknowledged among documents, opening the plan', async () => {
    const id = cityPlan.id;
    expect(await todayDocuments(http, 'canbo.phuong')).toContainEqual(
      expect.objectContaining({
        kind: 'issued_plan',
        id,
        title: expect.stringContaining('124/KH-UBND: '),
        unitName: city.name,
        link: `/app/plans/${id}`,
      }),
    );
    // The issuer does not acknowledge its own plan.
    expect((await todayDocuments(http, 'canbo.thanhpho')).map((l) => l.id)).not.toContain(id);
  });

  test('issuing reaches the recipient’s today view, bell and mailbox; acknowledging takes it off and the issuer sees who', async () => {
    const id = await issueCityPlan();
    expect((await todayDocuments(http, 'canbo.phuong')).map((l) => l.id)).toContain(id);
    await mailWorkerPass();
    const subjects = sent.filter((m) => m.to === 'canbo.phuong@example.org').map((m) => m.subject);
    expect(subjects).toContainEqual(expect.stringMatching(/^\[Loa\] Kế hoạch .+ đã ban hành$/));
    const bell = (await http.get('/api/v1/notifications', 'canbo.phuong')).json<{
      items: Array<{ title: string; link: string | null }>;
    }>().items;
    expect(bell).toContainEqual(expect.objectContaining({ link: `/app/plans/${id}` }));

    const before = await planReceipts(http, id, 'canbo.thanhpho');
    expect(before).toMatchObject({ all: true, total: 1, acknowledged: 0, mine: null });
    expect((await planReceipts(http, id, 'canbo.phuong')).mine).toMatchObject({
      unitName: ward.name,
      acknowledgedAt: null,
    });

    const first = await http.send('POST', `/api/v1/plans/${id}/acknowledge`, 'canbo.phuong');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      unitName: ward.name,
      acknowledgedAt: TUESDAY.toISOString(),
      acknowledgedByName: OFFICER,
    });
    // A second confirmation (the leader, a double click) answers the first one and writes nothing.
    const again = await http.send('POST', `/api/v1/plans/${id}/acknowledge`, 'lanhdao.phuong');
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ acknowledgedByName: OFFICER });

    expect((await todayDocuments(http, 'canbo.phuong')).map((l) => l.id)).not.toContain(id);
    const after = await planReceipts(http, id, 'canbo.thanhpho');
    expect(after).toMatchObject({ total: 1, acknowledged: 1 });
    expect(after.items).toEqual([
      expect.objectContaining({
        unitName: ward.name,
        acknowledgedAt: TUESDAY.toISOString(),
        acknowledgedByName: OFFICER,
      }),
    ]);
    const audit = (
      await http.get(
        '/api/v1/audit?entity=plan&action=acknowledge&pageSize=200',
        'quantri.thanhpho',
      )
    ).json<{ items: Array<{ entityId: string; actorName: string }> }>().items;
    expect(audit.filter((a) => a.entityId === id)).toEqual([
      expect.objectContaining({ actorName: OFFICER }),
    ]);
  });

  test('a unit the plan was not sent to is refused, and a unit that cannot see it is told it does not exist', async () => {
    const id = cityPlan.id;
    const notSent = await http.send('POST', `/api/v1/plans/${id}/acknowledge`, 'lanhdao.phuong', {
      unitId: vhxh.id,
    });
    expect(notSent.statusCode).toBe(404);
    expect(notSent.json().detail).toContain('không gửi tới Bộ phận Văn hóa - Xã hội');
    const elsewhere = await http.send('POST', `/api/v1/plans/${id}/acknowledge`, 'canbo.xa');
    expect(elsewhere.statusCode).toBe(404);
    const audit = (
      await http.get(
        '/api/v1/audit?entity=plan&action=acknowledge&pageSize=200',
        'quantri.thanhpho',
      )
    ).json<{ items: Array<{ entityId: string }> }>().items;
    expect(audit.filter((a) => a.entityId === id)).toEqual([]);
  });
});

describe('a sơ kết not issued after its phase ended', () => {
  test('waits on the unit’s leaders, opens the summary page, and goes once the leader issues it', async () => {
    const draft = await http.send('POST', '/api/v1/plans', 'canbo.phuong', {
      unitId: ward.id,
      content: {
        title: 'Tuyên truyền theo đợt',
        periodFrom: '2022-05-02',
        periodTo: '2022-06-05',
        phases: [
          { name: 'Đợt thử', from: '2022-05-02', to: '2022-05-15', peak: false },
          { name: 'Đợt sau', from: '2022-05-16', to: '2022-06-05', peak: false },
        ],
        signer: { authority: '', position: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
      },
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const id = draft.json<{ id: string }>().id;
    expect((await http.send('POST', `/api/v1/plans/${id}/submit`, 'canbo.phuong')).statusCode).toBe(
      200,
    );
    const issued = await http.send('POST', `/api/v1/plans/${id}/issue`, 'lanhdao.phuong', {
      issuedOn: '2022-05-02',
    });
    expect(issued.statusCode, issued.body).toBe(200);
    const approvals = async (who: string) =>
      (await http.get('/api/v1/today', who))
        .json<TodayResponse>()
        .groups.find((g) => g.key === 'approvals')?.lines ?? [];
    const lines = (await approvals('lanhdao.phuong')).filter((l) => l.kind === 'phase_summary');
    // The phase still running is not due yet.
    expect(lines.map((l) => [l.title, l.date, l.unitName])).toEqual([
      ['Đợt thử', '2022-05-15', ward.name],
    ]);
    expect(lines[0]?.link).toBe(
      `/app/reports/summary?unit=${ward.id}&mode=phase&phase=${encodeURIComponent('Đợt thử').replace(/%20/g, '+')}&plan=${id}`,
    );
    // An officer does not issue it.
    expect((await approvals('canbo.phuong')).map((l) => l.kind)).not.toContain('phase_summary');

    const summary = await http.send('POST', '/api/v1/reports/summary/issue', 'lanhdao.phuong', {
      unitId: ward.id,
      phase: 'Đợt thử',
      issuedOn: '2022-05-17',
    });
    expect(summary.statusCode, summary.body).toBeLessThan(300);
    expect((await approvals('lanhdao.phuong')).map((l) => l.kind)).not.toContain('phase_summary');
  });
});

describe('e-mail for what reaches a today view', () => {
  test('a plan sent for approval is mailed to the unit’s leaders by the next pass of the mail worker', async () => {
    const draft = await http.send('POST', '/api/v1/plans', 'canbo.phuong', {
      unitId: ward.id,
      content: {
        title: 'Tuyên truyền thử',
        periodFrom: '2022-05-16',
        periodTo: '2022-06-05',
        signer: { authority: '', position: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
      },
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const id = draft.json<{ id: string }>().id;
    const res = await http.send('POST', `/api/v1/plans/${id}/submit`, 'canbo.phuong');
    expect(res.statusCode, res.body).toBe(200);
    await mailWorkerPass();
    expect(sent).toContainEqual(
      expect.objectContaining({
        to: 'lanhdao.phuong@example.org',
        subject: '[Loa] Kế hoạch chờ duyệt',
      }),
    );
  });

  test('a weekly report sent up is mailed to the unit above', async () => {
    const res = await http.send('POST', '/api/v1/reports', 'canbo.phuong', {
      unitId: ward.id,
      kind: 'weekly',
      periodKey: '2022-W20',
      narrative: { results: 'Đã phát loa 02 buổi.', difficulties: '', proposals: '' },
      submit: true,
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    await mailWorkerPass();
    expect(sent).toContainEqual(
      expect.objectContaining({
        to: 'canbo.thanhpho@example.org',
        subject: expect.stringMatching(/^\[Loa\] Phường Hòa An đã gửi báo cáo tuần 20/),
      }),
    );
  });
});
