import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PLAN_LIST_LIMIT } from '../../src/domain/plans/find-plans';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
const c = new Map<string, string>();
const unitIds = new Map<string, string>();

beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  for (const u of ['admin', 'campha', 'cambinh', 'kalong', 'lanhdao.cambinh'])
    c.set(u, await t.login(u));
  for (const [key, q] of [
    ['cambinh', 'phuong cam binh'],
    ['vhxh', 'bo phan van hoa'],
    ['kalong', 'phuong ka long'],
    ['kp1', 'khu pho 1'],
  ] as const) {
    // Searched as the ward officer, so "Khu phố 1" is Cẩm Bình's and not Ka Long's.
    const who = key === 'kalong' ? 'admin' : 'cambinh';
    const items = (await get(`/api/v1/units?search=${encodeURIComponent(q)}`, who)).json().items;
    unitIds.set(key, items[0].id);
  }
});
afterAll(async () => t.close());

function get(url: string, who: string) {
  return t.app.inject({ url, headers: { cookie: c.get(who) ?? '' } });
}
function send(method: 'POST' | 'PATCH', url: string, who: string, payload: object = {}) {
  return t.app.inject({ method, url, headers: { cookie: c.get(who) ?? '' }, payload });
}
const plansOf = async (who: string) =>
  (await get('/api/v1/plans', who)).json().items as Array<{
    id: string;
    numberText: string;
    status: string;
    unitName: string;
  }>;

describe('the demo cascade', () => {
  test('the ward sees its own 51/KH-UBND and the city plan 124/KH-UBND it derives from; another city does not', async () => {
    const ward = await plansOf('cambinh');
    expect(ward.map((p) => p.numberText).sort()).toEqual(['124/KH-UBND', '51/KH-UBND']);
    expect((await plansOf('kalong')).map((p) => p.numberText)).toEqual([]);
  });

  test('the city sees which of its assigned wards derived a plan', async () => {
    const city = (await plansOf('campha')).find((p) => p.numberText === '124/KH-UBND');
    const d = (await get(`/api/v1/plans/${city?.id}/derivations`, 'campha')).json().items;
    expect(d).toEqual([expect.objectContaining({ unitName: 'Phường Cẩm Bình', status: 'issued' })]);
  });

  test("issuing created tasks: the ward's weekly loudspeaker task is recurring and visible above, not to others", async () => {
    const ward = (await get('/api/v1/tasks', 'cambinh')).json().items;
    const weekly = ward.find(
      (x: { assigneeName: string; channel: string; planNumberText: string }) =>
        x.planNumberText === '51/KH-UBND' && x.channel === 'loudspeaker',
    );
    expect(weekly).toMatchObject({
      kind: 'recurring',
      recurrence: { count: 1, per: 'week' },
      periodFrom: '2022-04-01',
      periodTo: '2022-06-15',
      assigneeName: 'Bộ phận Văn hóa - Xã hội phường Cẩm Bình',
    });
    expect(
      (await get('/api/v1/tasks', 'campha')).json().items.map((x: { id: string }) => x.id),
    ).toContain(weekly.id);
    expect((await get('/api/v1/tasks', 'kalong')).json().items).toEqual([]);
  });

  test('the DOCX of 51/KH-UBND carries the number, the date line, the header and the signer', async () => {
    const plan = (await plansOf('cambinh')).find((p) => p.numberText === '51/KH-UBND');
    const res = await get(`/api/v1/plans/${plan?.id}/document.docx`, 'cambinh');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('KH-51-UBND-2022.docx');
    const xml = await (
      await JSZip.loadAsync(res.rawPayload)
    )
      .file('word/document.xml')
      ?.async('string');
    const text = (xml ?? '').replace(/<[^>]+>/g, '');
    for (const s of [
      'Số: 51/KH-UBND',
      'Cẩm Bình, ngày 06 tháng 4 năm 2022',
      'ỦY BAN NHÂN DÂN PHƯỜNG CẨM BÌNH',
      'UBND THÀNH PHỐ CẨM PHẢ',
      'KẾ HOẠCH',
      'Nguyễn Công Bằng',
      'Kế hoạch số 124/KH-UBND ngày 05/4/2022',
    ]) {
      expect(text).toContain(s);
    }
  });
});

describe('writing and issuing', () => {
  const newDraft = async (who = 'cambinh', content: object = {}) =>
    (
      await send('POST', '/api/v1/plans', who, {
        unitId: unitIds.get('cambinh') as string,
        content: {
          title: 'Tuyên truyền bầu cử thử',
          periodFrom: '2026-01-05',
          periodTo: '2026-03-15',
          ...content,
        },
      })
    ).json();

  test('bad dates are kept in the draft and refused at submission with the field named', async () => {
    const draft = await newDraft();
    const badPhase = await send('PATCH', `/api/v1/plans/${draft.id}`, 'cambinh', {
      version: draft.version,
      content: { phases: [{ name: 'Đợt 1', from: '2026-01-01', to: '2026-02-01', peak: false }] },
    });
    expect(badPhase.statusCode).toBe(200);
    const submit = await send('POST', `/api/v1/plans/${draft.id}/submit`, 'cambinh');
    expect(submit.statusCode).toBe(400);
    expect(submit.json().errors).toContainEqual({
      path: 'phases.0',
      message: '01/01/2026–01/02/2026 nằm ngoài thời gian của kế hoạch.',
    });
    expect((await get(`/api/v1/plans/${draft.id}`, 'cambinh')).json()).toMatchObject({
      status: 'draft',
      phases: [{ name: 'Đợt 1', from: '2026-01-01', to: '2026-02-01', peak: false }],
      version: 2,
    });
  });

  test('two editors: the second save on a stale version is refused and the first kept', async () => {
    const draft = await newDraft();
    const first = await send('PATCH', `/api/v1/plans/${draft.id}`, 'cambinh', {
      version: 1,
      content: { purposes: 'Bản của người thứ nhất' },
    });
    expect(first.statusCode).toBe(200);
    const second = await send('PATCH', `/api/v1/plans/${draft.id}`, 'lanhdao.cambinh', {
      version: 1,
      content: { purposes: 'Bản của người thứ hai' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().detail).toContain('Người khác vừa lưu');
    expect((await get(`/api/v1/plans/${draft.id}`, 'cambinh')).json().purposes).toBe(
      'Bản của người thứ nhất',
    );
  });

  test('an assignment to a unit outside the subtree is refused naming it', async () => {
    const res = await send('POST', '/api/v1/plans', 'cambinh', {
      unitId: unitIds.get('cambinh') as string,
      content: {
        assignments: [{ unitId: unitIds.get('kalong') as string, unitName: 'Ka Long', tasks: [] }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('assignments.0.unitId');
  });

  test('draft → submitted → issued by the leader: numbered from the register, read-only, tasks for the assignee', async () => {
    const draft = await newDraft('cambinh', {
      signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Công Bằng' },
      assignments: [
        {
          unitId: unitIds.get('kp1') as string,
          unitName: 'Khu phố 1',
          tasks: [
            {
              text: 'Phát loa',
              channel: 'loudspeaker',
              frequencyText: '02 lần/tuần',
              recurrence: { count: 2, per: 'week' },
              deadline: null,
              target: null,
            },
          ],
        },
      ],
    });
    expect(
      (await send('POST', `/api/v1/plans/${draft.id}/issue`, 'lanhdao.cambinh', {})).statusCode,
    ).toBe(409);
    expect((await send('POST', `/api/v1/plans/${draft.id}/submit`, 'cambinh')).json().status).toBe(
      'submitted',
    );
    expect((await send('POST', `/api/v1/plans/${draft.id}/issue`, 'cambinh', {})).statusCode).toBe(
      403,
    );
    const issued = await send('POST', `/api/v1/plans/${draft.id}/issue`, 'lanhdao.cambinh', {
      issuedOn: '2026-01-05',
    });
    expect(issued.statusCode).toBe(200);
    expect(issued.json()).toMatchObject({
      status: 'issued',
      numberText: '01/KH-UBND',
      issuedOn: '2026-01-05',
    });
    const edit = await send('PATCH', `/api/v1/plans/${draft.id}`, 'cambinh', {
      version: issued.json().version,
      content: { title: 'x' },
    });
    expect(edit.statusCode).toBe(409);
    const tasks = (await get(`/api/v1/tasks?planId=${draft.id}`, 'cambinh')).json().items;
    expect(tasks).toEqual([
      expect.objectContaining({
        assigneeName: 'Khu phố 1',
        kind: 'recurring',
        recurrence: { count: 2, per: 'week' },
      }),
    ]);
    const bell = (await get('/api/v1/notifications', 'lanhdao.cambinh'))
      .json()
      .items.map((n: { title: string }) => n.title);
    expect(bell).toContain('Kế hoạch chờ duyệt');
  });

  test('a leader cannot approve what they submitted themself', async () => {
    const draft = await newDraft('lanhdao.cambinh', {
      signer: { authority: '', position: 'CHỦ TỊCH', name: 'A' },
    });
    await send('POST', `/api/v1/plans/${draft.id}/submit`, 'lanhdao.cambinh');
    const res = await send('POST', `/api/v1/plans/${draft.id}/issue`, 'lanhdao.cambinh', {});
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toContain('không tự duyệt');
  });

  test('numbers: reserved in advance, used by a later plan, a duplicate refused, a new series each year', async () => {
    const reserved = await send('POST', '/api/v1/registers/reserve', 'cambinh', {
      unitId: unitIds.get('cambinh') as string,
      year: 2026,
      typeCode: 'KH',
      note: 'Giữ cho KH tổng kết',
    });
    expect(reserved.statusCode).toBe(201);
    const n = reserved.json<{ number: number }>().number;
    const issue = async (body: object) => {
      const d = await newDraft('cambinh', {
        signer: { authority: '', position: 'CHỦ TỊCH', name: 'A' },
      });
      await send('POST', `/api/v1/plans/${d.id}/submit`, 'cambinh');
      return send('POST', `/api/v1/plans/${d.id}/issue`, 'lanhdao.cambinh', body);
    };
    const next = await issue({ issuedOn: '2026-02-01' });
    expect(next.json().number).toBe(n + 1);
    const usesReserved = await issue({ issuedOn: '2026-02-02', number: n });
    expect(usesReserved.json().number).toBe(n);
    const dup = await issue({ issuedOn: '2026-02-03', number: n });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].path).toBe('number');
    const nextYear = await issue({ issuedOn: '2027-01-04' });
    expect(nextYear.json().numberText).toBe('01/KH-UBND');
    const register = (
      await get(`/api/v1/registers?unitId=${unitIds.get('cambinh')}&year=2026`, 'cambinh')
    ).json().items;
    expect(register.map((e: { number: number; status: string }) => e.status)).not.toContain(
      'reserved',
    );
  });
});

describe('a list longer than one answer', () => {
  test('holds the newest 200 and counts them all, so the page can say what it left out', async () => {
    const kalong = unitIds.get('kalong') as string;
    const ids: string[] = [];
    for (let i = 0; i <= PLAN_LIST_LIMIT; i++) {
      const res = await send('POST', '/api/v1/plans', 'kalong', { unitId: kalong });
      ids.push(res.json().id);
    }
    const list = (await get('/api/v1/plans', 'kalong')).json();
    expect(list.total).toBe(PLAN_LIST_LIMIT + 1);
    expect(list.items).toHaveLength(PLAN_LIST_LIMIT);
    // Newest first: what is left out is older than everything shown.
    const updated = list.items.map((p: { updatedAt: string }) => p.updatedAt);
    expect(updated).toEqual([...updated].sort().reverse());
    const shown = new Set(list.items.map((p: { id: string }) => p.id));
    const [left] = ids.filter((id) => !shown.has(id));
    const leftOut = (await get(`/api/v1/plans/${left}`, 'kalong')).json().updatedAt;
    expect(leftOut <= updated.at(-1)).toBe(true);
    const issued = (await get('/api/v1/plans?status=issued', 'kalong')).json();
    expect(issued).toEqual({ items: [], total: 0 });
    // What the phase pickers ask for: the issued plans, not cut off behind the drafts.
    expect((await get('/api/v1/plans?issued=true', 'kalong')).json().total).toBe(0);
    const ward = (await get('/api/v1/plans?issued=true', 'cambinh')).json();
    const statuses = new Set(ward.items.map((p: { status: string }) => p.status));
    expect(ward.items.length).toBeGreaterThan(0);
    expect([...statuses].every((s) => s === 'issued' || s === 'closed')).toBe(true);
  });
});
