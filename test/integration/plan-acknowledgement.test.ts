import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PlanReceiptsResponse } from '../../src/contracts/plan-receipts.contract';
import type { TodayLine, TodayResponse } from '../../src/contracts/today.contract';
import { asUsers, unitIdByName } from '../support/plan-helpers';
import { buildTestApp, type TestApp } from '../support/test-app';
import { keptMail } from '../support/kept-mail';

// The demo world on Tuesday 17/05/2022, in the middle of Cẩm Bình's plan 51 (week 20).
const TUESDAY = new Date('2022-05-17T03:00:00Z');
const { sent, mailer, deliver: mailWorkerPass } = keptMail(() => t.database.db);

let t: TestApp;
let http: ReturnType<typeof asUsers>;
beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  t.deps.clock = { now: () => TUESDAY };
  t.deps.mailer = mailer;
  http = asUsers(t);
  for (const username of ['cambinh', 'lanhdao.cambinh', 'campha']) await setEmail(username);
}, 300_000);
afterAll(async () => t.close());

async function setEmail(username: string): Promise<void> {
  const users = (await http.get(`/api/v1/users?search=${username}`, 'admin')).json<{
    items: Array<{ id: string; username: string }>;
  }>();
  const id = users.items.find((u) => u.username === username)?.id;
  const res = await http.send('PATCH', `/api/v1/users/${id}`, 'admin', {
    email: `${username}@example.org`,
  });
  expect(res.statusCode, res.body).toBe(200);
}

const documents = async (who: string): Promise<TodayLine[]> => {
  const res = await http.get('/api/v1/today', who);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<TodayResponse>().groups.find((g) => g.key === 'documents')?.lines ?? [];
};
const receipts = async (id: string, who: string) => {
  const res = await http.get(`/api/v1/plans/${id}/receipts`, who);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<PlanReceiptsResponse>();
};
const planByNumber = async (who: string, numberText: string): Promise<string> => {
  const items = (await http.get('/api/v1/plans', who)).json<{
    items: Array<{ id: string; numberText: string | null }>;
  }>().items;
  const id = items.find((p) => p.numberText === numberText)?.id;
  if (!id) throw new Error(`plan ${numberText} not found`);
  return id;
};

/** TP Cẩm Phả writes a plan giving Cẩm Bình a task and naming it in Nơi nhận; the admin issues it. */
async function issueCityPlan(): Promise<string> {
  const cambinh = await unitIdByName(http, 'campha', 'cam binh', 'Phường Cẩm Bình');
  const campha = await unitIdByName(http, 'campha', 'cam pha', 'Thành phố Cẩm Phả');
  const draft = await http.send('POST', '/api/v1/plans', 'campha', {
    unitId: campha,
    content: {
      title: 'Tuyên truyền ngày bầu cử Trưởng khu phố',
      periodFrom: '2022-05-16',
      periodTo: '2022-06-05',
      signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Chủ tịch' },
      assignments: [
        {
          unitId: cambinh,
          unitName: 'UBND phường Cẩm Bình',
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
      recipients: [{ name: 'UBND phường Cẩm Bình', purpose: 't/h', unitId: cambinh }],
    },
  });
  expect(draft.statusCode, draft.body).toBe(201);
  const id = draft.json<{ id: string }>().id;
  const submitted = await http.send('POST', `/api/v1/plans/${id}/submit`, 'campha');
  expect(submitted.statusCode, submitted.body).toBe(200);
  const issued = await http.send('POST', `/api/v1/plans/${id}/issue`, 'admin', {
    issuedOn: '2022-05-17',
  });
  expect(issued.statusCode, issued.body).toBe(200);
  return id;
}

describe('acknowledging an issued plan ("đã nhận")', () => {
  test('the ward sees the city plan 124 it has not acknowledged among documents, opening the plan', async () => {
    const id = await planByNumber('cambinh', '124/KH-UBND');
    expect(await documents('cambinh')).toContainEqual(
      expect.objectContaining({
        kind: 'issued_plan',
        id,
        title: expect.stringContaining('124/KH-UBND: '),
        unitName: 'Thành phố Cẩm Phả',
        link: `/app/plans/${id}`,
      }),
    );
    // The issuer does not acknowledge its own plan.
    expect((await documents('campha')).map((l) => l.id)).not.toContain(id);
  });

  test('issuing reaches the recipient’s today view, bell and mailbox; acknowledging takes it off and the issuer sees who', async () => {
    const id = await issueCityPlan();
    expect((await documents('cambinh')).map((l) => l.id)).toContain(id);
    await mailWorkerPass();
    const subjects = sent.filter((m) => m.to === 'cambinh@example.org').map((m) => m.subject);
    expect(subjects).toContainEqual(expect.stringMatching(/^\[Loa\] Kế hoạch .+ đã ban hành$/));
    const bell = (await http.get('/api/v1/notifications', 'cambinh')).json<{
      items: Array<{ title: string; link: string | null }>;
    }>().items;
    expect(bell).toContainEqual(expect.objectContaining({ link: `/app/plans/${id}` }));

    const before = await receipts(id, 'campha');
    expect(before).toMatchObject({ all: true, total: 1, acknowledged: 0, mine: null });
    expect((await receipts(id, 'cambinh')).mine).toMatchObject({
      unitName: 'Phường Cẩm Bình',
      acknowledgedAt: null,
    });

    const first = await http.send('POST', `/api/v1/plans/${id}/acknowledge`, 'cambinh');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      unitName: 'Phường Cẩm Bình',
      acknowledgedAt: TUESDAY.toISOString(),
      acknowledgedByName: 'Cán bộ phường Cẩm Bình',
    });
    // A second confirmation (the leader, a double click) answers the first one and writes nothing.
    const again = await http.send('POST', `/api/v1/plans/${id}/acknowledge`, 'lanhdao.cambinh');
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ acknowledgedByName: 'Cán bộ phường Cẩm Bình' });

    expect((await documents('cambinh')).map((l) => l.id)).not.toContain(id);
    const after = await receipts(id, 'campha');
    expect(after).toMatchObject({ total: 1, acknowledged: 1 });
    expect(after.items).toEqual([
      expect.objectContaining({
        unitName: 'Phường Cẩm Bình',
        acknowledgedAt: TUESDAY.toISOString(),
        acknowledgedByName: 'Cán bộ phường Cẩm Bình',
      }),
    ]);
    const audit = (
      await http.get('/api/v1/audit?entity=plan&action=acknowledge&pageSize=200', 'admin')
    ).json<{ items: Array<{ entityId: string; actorName: string }> }>().items;
    expect(audit.filter((a) => a.entityId === id)).toEqual([
      expect.objectContaining({ actorName: 'Cán bộ phường Cẩm Bình' }),
    ]);
  });

  test('a unit the plan was not sent to is refused, and a unit that cannot see it is told it does not exist', async () => {
    const id = await planByNumber('cambinh', '124/KH-UBND');
    const vhxh = await unitIdByName(
      http,
      'cambinh',
      'van hoa',
      'Bộ phận Văn hóa - Xã hội phường Cẩm Bình',
    );
    const notSent = await http.send('POST', `/api/v1/plans/${id}/acknowledge`, 'lanhdao.cambinh', {
      unitId: vhxh,
    });
    expect(notSent.statusCode).toBe(404);
    expect(notSent.json().detail).toContain('không gửi tới Bộ phận Văn hóa - Xã hội');
    const elsewhere = await http.send('POST', `/api/v1/plans/${id}/acknowledge`, 'kalong');
    expect(elsewhere.statusCode).toBe(404);
    const audit = (
      await http.get('/api/v1/audit?entity=plan&action=acknowledge&pageSize=200', 'admin')
    ).json<{ items: Array<{ entityId: string }> }>().items;
    expect(audit.filter((a) => a.entityId === id)).toEqual([]);
  });

  test('the demo’s 1354/KH-VPUBND shows the Văn phòng who confirmed receipt and who has not', async () => {
    const id = await planByNumber('lanhdao.vpubnd', '1354/KH-VPUBND');
    const list = await receipts(id, 'lanhdao.vpubnd');
    expect(list.all).toBe(true);
    expect(list.acknowledged).toBe(1);
    expect(list.total).toBeGreaterThan(1);
    expect(list.items.filter((r) => r.acknowledgedAt)).toEqual([
      expect.objectContaining({
        unitName: 'Phòng Hành chính – Tổ chức',
        acknowledgedAt: new Date('2020-09-15T08:30:00+07:00').toISOString(),
      }),
    ]);
    expect((await documents('hctc.quangnam')).map((l) => l.id)).not.toContain(id);
  });
});

describe('a sơ kết not issued after its phase ended', () => {
  test('waits on the unit’s leaders, opens the summary page, and goes once the leader issues it', async () => {
    const cambinh = await unitIdByName(http, 'cambinh', 'cam binh', 'Phường Cẩm Bình');
    const draft = await http.send('POST', '/api/v1/plans', 'cambinh', {
      unitId: cambinh,
      content: {
        title: 'Tuyên truyền theo đợt',
        periodFrom: '2022-05-02',
        periodTo: '2022-06-05',
        phases: [
          { name: 'Đợt thử', from: '2022-05-02', to: '2022-05-15', peak: false },
          { name: 'Đợt sau', from: '2022-05-16', to: '2022-06-05', peak: false },
        ],
        signer: { authority: '', position: 'CHỦ TỊCH', name: 'Nguyễn Công Bằng' },
      },
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const id = draft.json<{ id: string }>().id;
    expect((await http.send('POST', `/api/v1/plans/${id}/submit`, 'cambinh')).statusCode).toBe(200);
    const issued = await http.send('POST', `/api/v1/plans/${id}/issue`, 'lanhdao.cambinh', {
      issuedOn: '2022-05-02',
    });
    expect(issued.statusCode, issued.body).toBe(200);
    const approvals = async (who: string) =>
      (await http.get('/api/v1/today', who))
        .json<TodayResponse>()
        .groups.find((g) => g.key === 'approvals')?.lines ?? [];
    const lines = (await approvals('lanhdao.cambinh')).filter((l) => l.kind === 'phase_summary');
    // The phase still running is not due yet.
    expect(lines.map((l) => [l.title, l.date, l.unitName])).toEqual([
      ['Đợt thử', '2022-05-15', 'Phường Cẩm Bình'],
    ]);
    expect(lines[0]?.link).toBe(
      `/app/reports/summary?unit=${cambinh}&mode=phase&phase=${encodeURIComponent('Đợt thử').replace(/%20/g, '+')}&plan=${id}`,
    );
    // An officer does not issue it.
    expect((await approvals('cambinh')).map((l) => l.kind)).not.toContain('phase_summary');

    const summary = await http.send('POST', '/api/v1/reports/summary/issue', 'lanhdao.cambinh', {
      unitId: cambinh,
      phase: 'Đợt thử',
      issuedOn: '2022-05-17',
    });
    expect(summary.statusCode, summary.body).toBeLessThan(300);
    expect((await approvals('lanhdao.cambinh')).map((l) => l.kind)).not.toContain('phase_summary');
  });
});

describe('e-mail for what reaches a today view', () => {
  test('a plan sent for approval is mailed to the unit’s leaders by the next pass of the mail worker', async () => {
    const cambinh = await unitIdByName(http, 'cambinh', 'cam binh', 'Phường Cẩm Bình');
    const draft = await http.send('POST', '/api/v1/plans', 'cambinh', {
      unitId: cambinh,
      content: {
        title: 'Tuyên truyền thử',
        periodFrom: '2022-05-16',
        periodTo: '2022-06-05',
        signer: { authority: '', position: 'CHỦ TỊCH', name: 'Nguyễn Công Bằng' },
      },
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const id = draft.json<{ id: string }>().id;
    const res = await http.send('POST', `/api/v1/plans/${id}/submit`, 'cambinh');
    expect(res.statusCode, res.body).toBe(200);
    await mailWorkerPass();
    expect(sent).toContainEqual(
      expect.objectContaining({
        to: 'lanhdao.cambinh@example.org',
        subject: '[Loa] Kế hoạch chờ duyệt',
      }),
    );
  });

  test('a weekly report sent up is mailed to the unit above', async () => {
    const cambinh = await unitIdByName(http, 'cambinh', 'cam binh', 'Phường Cẩm Bình');
    const res = await http.send('POST', '/api/v1/reports', 'cambinh', {
      unitId: cambinh,
      kind: 'weekly',
      periodKey: '2022-W20',
      narrative: { results: 'Đã phát loa 02 buổi.', difficulties: '', proposals: '' },
      submit: true,
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    await mailWorkerPass();
    expect(sent).toContainEqual(
      expect.objectContaining({
        to: 'campha@example.org',
        subject: expect.stringMatching(/^\[Loa\] Phường Cẩm Bình đã gửi báo cáo tuần 20/),
      }),
    );
  });
});
