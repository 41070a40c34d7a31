import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PLAN_LIST_LIMIT } from '../../src/domain/plans/find-plans';
import type { Unit } from '../../src/domain/units/unit';
import { buildPlan, buildUnit, buildUser } from '../support/factories';
import { asUsers } from '../support/plan-helpers';
import { buildTestApp, type TestApp } from '../support/test-app';

// A ward with a khu phố, an officer and a leader; a second ward of the same city, outside the
// first ward's subtree, with an officer of its own.
let t: TestApp;
let http: ReturnType<typeof asUsers>;
let ward: Unit;
let kp1: Unit;
let otherWard: Unit;

beforeAll(async () => {
  t = await buildTestApp();
  http = asUsers(t);
  const province = await buildUnit(t.deps, { name: 'Tỉnh Bình An', kind: 'province' });
  const city = await buildUnit(t.deps, { parent: province, kind: 'district' });
  ward = await buildUnit(t.deps, { parent: city, name: 'Phường Hòa An', kind: 'commune' });
  kp1 = await buildUnit(t.deps, { parent: ward, name: 'Khu phố 1', kind: 'village' });
  otherWard = await buildUnit(t.deps, { parent: city, name: 'Phường Hòa Bình', kind: 'commune' });
  await buildUser(t.deps, ward, { username: 'canbo.phuong', role: 'officer' });
  await buildUser(t.deps, ward, { username: 'lanhdao.phuong', role: 'leader' });
  await buildUser(t.deps, otherWard, { username: 'canbo.hoabinh', role: 'officer' });
});
afterAll(async () => t.close());

const get = (url: string, who: string) => http.get(url, who);
const send = (method: 'POST' | 'PATCH', url: string, who: string, payload: object = {}) =>
  http.send(method, url, who, payload);

describe('writing and issuing', () => {
  const newDraft = async (who = 'canbo.phuong', content: object = {}) =>
    (
      await send('POST', '/api/v1/plans', who, {
        unitId: ward.id,
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
    const badPhase = await send('PATCH', `/api/v1/plans/${draft.id}`, 'canbo.phuong', {
      version: draft.version,
      content: { phases: [{ name: 'Đợt 1', from: '2026-01-01', to: '2026-02-01', peak: false }] },
    });
    expect(badPhase.statusCode).toBe(200);
    const submit = await send('POST', `/api/v1/plans/${draft.id}/submit`, 'canbo.phuong');
    expect(submit.statusCode).toBe(400);
    expect(submit.json().errors).toContainEqual({
      path: 'phases.0',
      message: '01/01/2026–01/02/2026 nằm ngoài thời gian của kế hoạch.',
    });
    expect((await get(`/api/v1/plans/${draft.id}`, 'canbo.phuong')).json()).toMatchObject({
      status: 'draft',
      phases: [{ name: 'Đợt 1', from: '2026-01-01', to: '2026-02-01', peak: false }],
      version: 2,
    });
  });

  test('two editors: the second save on a stale version is refused and the first kept', async () => {
    const draft = await newDraft();
    const first = await send('PATCH', `/api/v1/plans/${draft.id}`, 'canbo.phuong', {
      version: 1,
      content: { purposes: 'Bản của người thứ nhất' },
    });
    expect(first.statusCode).toBe(200);
    const second = await send('PATCH', `/api/v1/plans/${draft.id}`, 'lanhdao.phuong', {
      version: 1,
      content: { purposes: 'Bản của người thứ hai' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().detail).toContain('Người khác vừa lưu');
    expect((await get(`/api/v1/plans/${draft.id}`, 'canbo.phuong')).json().purposes).toBe(
      'Bản của người thứ nhất',
    );
  });

  test('an assignment to a unit outside the subtree is refused naming it', async () => {
    const res = await send('POST', '/api/v1/plans', 'canbo.phuong', {
      unitId: ward.id,
      content: {
        assignments: [{ unitId: otherWard.id, unitName: 'Phường Hòa Bình', tasks: [] }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('assignments.0.unitId');
  });

  test('draft → submitted → issued by the leader: numbered from the register, read-only, tasks for the assignee', async () => {
    const draft = await newDraft('canbo.phuong', {
      signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
      assignments: [
        {
          unitId: kp1.id,
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
      (await send('POST', `/api/v1/plans/${draft.id}/issue`, 'lanhdao.phuong', {})).statusCode,
    ).toBe(409);
    expect(
      (await send('POST', `/api/v1/plans/${draft.id}/submit`, 'canbo.phuong')).json().status,
    ).toBe('submitted');
    expect(
      (await send('POST', `/api/v1/plans/${draft.id}/issue`, 'canbo.phuong', {})).statusCode,
    ).toBe(403);
    const issued = await send('POST', `/api/v1/plans/${draft.id}/issue`, 'lanhdao.phuong', {
      issuedOn: '2026-01-05',
    });
    expect(issued.statusCode).toBe(200);
    expect(issued.json()).toMatchObject({
      status: 'issued',
      numberText: '01/KH-UBND',
      issuedOn: '2026-01-05',
    });
    const edit = await send('PATCH', `/api/v1/plans/${draft.id}`, 'canbo.phuong', {
      version: issued.json().version,
      content: { title: 'x' },
    });
    expect(edit.statusCode).toBe(409);
    const tasks = (await get(`/api/v1/tasks?planId=${draft.id}`, 'canbo.phuong')).json().items;
    expect(tasks).toEqual([
      expect.objectContaining({
        assigneeName: 'Khu phố 1',
        kind: 'recurring',
        recurrence: { count: 2, per: 'week' },
      }),
    ]);
    const bell = (await get('/api/v1/notifications', 'lanhdao.phuong'))
      .json()
      .items.map((n: { title: string }) => n.title);
    expect(bell).toContain('Kế hoạch chờ duyệt');
  });

  test('a leader cannot approve what they submitted themself', async () => {
    const draft = await newDraft('lanhdao.phuong', {
      signer: { authority: '', position: 'CHỦ TỊCH', name: 'A' },
    });
    await send('POST', `/api/v1/plans/${draft.id}/submit`, 'lanhdao.phuong');
    const res = await send('POST', `/api/v1/plans/${draft.id}/issue`, 'lanhdao.phuong', {});
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toContain('không tự duyệt');
  });

  test('numbers: reserved in advance, used by a later plan, a duplicate refused, a new series each year', async () => {
    const reserved = await send('POST', '/api/v1/registers/reserve', 'canbo.phuong', {
      unitId: ward.id,
      year: 2026,
      typeCode: 'KH',
      note: 'Giữ cho KH tổng kết',
    });
    expect(reserved.statusCode).toBe(201);
    const n = reserved.json<{ number: number }>().number;
    const issue = async (body: object) => {
      const d = await newDraft('canbo.phuong', {
        signer: { authority: '', position: 'CHỦ TỊCH', name: 'A' },
      });
      await send('POST', `/api/v1/plans/${d.id}/submit`, 'canbo.phuong');
      return send('POST', `/api/v1/plans/${d.id}/issue`, 'lanhdao.phuong', body);
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
      await get(`/api/v1/registers?unitId=${ward.id}&year=2026`, 'canbo.phuong')
    ).json().items;
    expect(register.map((e: { number: number; status: string }) => e.status)).not.toContain(
      'reserved',
    );
  });
});

describe('a list longer than one answer', () => {
  test('holds the newest 200 and counts them all, so the page can say what it left out', async () => {
    // The ward has an issued plan and a draft of its own, whatever the tests above left.
    await buildPlan(t.deps, ward, { status: 'issued' });
    await buildPlan(t.deps, ward);
    const ids: string[] = [];
    for (let i = 0; i <= PLAN_LIST_LIMIT; i++) {
      const res = await send('POST', '/api/v1/plans', 'canbo.hoabinh', { unitId: otherWard.id });
      ids.push(res.json().id);
    }
    const list = (await get('/api/v1/plans', 'canbo.hoabinh')).json();
    expect(list.total).toBe(PLAN_LIST_LIMIT + 1);
    expect(list.items).toHaveLength(PLAN_LIST_LIMIT);
    // Newest first: what is left out is older than everything shown.
    const updated = list.items.map((p: { updatedAt: string }) => p.updatedAt);
    expect(updated).toEqual([...updated].sort().reverse());
    const shown = new Set(list.items.map((p: { id: string }) => p.id));
    const [left] = ids.filter((id) => !shown.has(id));
    const leftOut = (await get(`/api/v1/plans/${left}`, 'canbo.hoabinh')).json().updatedAt;
    expect(leftOut <= updated.at(-1)).toBe(true);
    const issued = (await get('/api/v1/plans?status=issued', 'canbo.hoabinh')).json();
    expect(issued).toEqual({ items: [], total: 0 });
    // What the phase pickers ask for: the issued plans, not cut off behind the drafts.
    expect((await get('/api/v1/plans?issued=true', 'canbo.hoabinh')).json().total).toBe(0);
    const wards = (await get('/api/v1/plans?issued=true', 'canbo.phuong')).json();
    const statuses = new Set(wards.items.map((p: { status: string }) => p.status));
    expect(wards.items.length).toBeGreaterThan(0);
    expect([...statuses].every((s) => s === 'issued' || s === 'closed')).toBe(true);
  });
});
