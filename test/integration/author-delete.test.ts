import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { query } from '../support/db-state';
import { buildUnit, buildUser } from '../support/factories';
import { openedSoFar } from '../support/teardown';
import { buildTestApp, type TestApp } from '../support/test-app';
import { transitionWorld } from '../support/transition-world';
import { formBody } from '../support/upload-form';

// What an author put in by mistake is theirs to take back until someone acts on it: a plan still
// a draft is deleted, a submitted one is withdrawn before a leader decides, a claim nobody has
// started handling is deleted with its screenshot. After that, a 409 says why not.

let t: TestApp;
const opened = openedSoFar();
let w: Awaited<ReturnType<typeof transitionWorld>>;

beforeAll(async () => {
  t = await opened.open(buildTestApp({ demo: true }));
  w = await transitionWorld(t);
  const cambinh = await t.deps.repos.units.get(w.s.unit('cambinh'));
  const campha = await t.deps.repos.units.get(w.s.unit('campha'));
  if (!cambinh || !campha) throw new Error('demo units');
  // A viewer of the ward, and an officer of a sibling ward who cannot see the ward's drafts.
  await buildUser(t.deps, cambinh, { username: 'xem.cambinh', role: 'viewer' });
  const sibling = await buildUnit(t.deps, { parent: campha, name: 'Phường bên cạnh' });
  await buildUser(t.deps, sibling, { username: 'canbo.bencanh', role: 'officer' });
  await buildUser(t.deps, cambinh, { username: 'canbo2.cambinh', role: 'officer' });
  for (const u of ['xem.cambinh', 'canbo.bencanh', 'canbo2.cambinh'])
    w.s.cookies.set(u, await t.login(u));
}, 180_000);
afterAll(() => opened.closeAll());

const audits = async (id: string, action: string) =>
  query(
    t.database,
    `select action, actor_name from audit_log where entity_id = '${id}' and action = '${action}'`,
  );
const listed = async (path: string, id: string) =>
  (await w.s.call('GET', `/api/v1/${path}`, 'cambinh'))
    .json<{ items: Array<{ id: string }> }>()
    .items.some((p) => p.id === id);
const todayOf = async (who: string) =>
  JSON.stringify((await w.s.call('GET', '/api/v1/today', who)).json());

describe('deleting a draft plan', () => {
  test('its author deletes it: gone from the list, the leaders’ notices and the log keeps it', async () => {
    const plan = await w.plan(false);
    expect(await listed('plans', plan.id)).toBe(true);
    const res = await w.s.call('DELETE', `/api/v1/plans/${plan.id}`, 'cambinh');
    expect(res.statusCode, res.body).toBe(200);
    expect((await w.s.call('GET', `/api/v1/plans/${plan.id}`, 'cambinh')).statusCode).toBe(404);
    expect(await listed('plans', plan.id)).toBe(false);
    expect(await audits(plan.id, 'delete')).toHaveLength(1);
  });

  test('another officer of its unit may delete it too; one of the unit above who did not write it may not', async () => {
    const plan = await w.plan(false);
    const above = await w.s.call('DELETE', `/api/v1/plans/${plan.id}`, 'campha');
    expect(above.statusCode).toBe(403);
    expect(above.json().detail).toContain('Chỉ người soạn');
    const colleague = await w.s.call('DELETE', `/api/v1/plans/${plan.id}`, 'canbo2.cambinh');
    expect(colleague.statusCode, colleague.body).toBe(200);
  });

  test('a sibling ward’s officer does not find it; a viewer may not delete it', async () => {
    const plan = await w.plan(false);
    expect((await w.s.call('DELETE', `/api/v1/plans/${plan.id}`, 'canbo.bencanh')).statusCode).toBe(
      404,
    );
    expect((await w.s.call('DELETE', `/api/v1/plans/${plan.id}`, 'xem.cambinh')).statusCode).toBe(
      403,
    );
    expect((await t.deps.repos.plans.get(plan.id))?.status).toBe('draft');
  });

  test('submitted or issued, it is refused with 409 and a reason, and stays', async () => {
    const plan = await w.plan(true);
    const submitted = await w.s.call('DELETE', `/api/v1/plans/${plan.id}`, 'cambinh');
    expect(submitted.statusCode).toBe(409);
    expect(submitted.json().detail).toContain('rút lại trước');
    await w.json(
      await w.s.call('POST', `/api/v1/plans/${plan.id}/issue`, 'lanhdao.cambinh', {}),
      'issue',
    );
    const issued = await w.s.call('DELETE', `/api/v1/plans/${plan.id}`, 'cambinh');
    expect(issued.statusCode).toBe(409);
    expect(issued.json().detail).toContain('đã ban hành');
    expect((await t.deps.repos.plans.get(plan.id))?.status).toBe('issued');
    expect(await audits(plan.id, 'delete')).toHaveLength(0);
  });

  test('a draft revision of an issued plan is discarded; the issued plan stays in force', async () => {
    const plan = await w.plan(true);
    await w.json(
      await w.s.call('POST', `/api/v1/plans/${plan.id}/issue`, 'lanhdao.cambinh', {}),
      'issue',
    );
    const revision = await w.json(
      await w.s.call('POST', `/api/v1/plans/${plan.id}/revise`, 'cambinh'),
      'revise',
    );
    const res = await w.s.call('DELETE', `/api/v1/plans/${revision.id}`, 'cambinh');
    expect(res.statusCode, res.body).toBe(200);
    expect(await t.deps.repos.plans.get(revision.id)).toBeNull();
    const original = await t.deps.repos.plans.get(plan.id);
    expect([original?.status, original?.number === null]).toEqual(['issued', false]);
    // A new revision can be started again afterwards.
    expect((await w.s.call('POST', `/api/v1/plans/${plan.id}/revise`, 'cambinh')).statusCode).toBe(
      201,
    );
  });
});

describe('withdrawing a submitted plan', () => {
  test('its submitter takes it back: a draft again, no longer waiting on leaders, then edited and submitted again', async () => {
    const plan = await w.plan(true);
    expect(await todayOf('lanhdao.cambinh')).toContain(String(plan.title));
    const unread = async () =>
      (
        await query(
          t.database,
          `select count(*)::int as n from notifications where link = '/app/plans/${plan.id}' and read_at is null`,
        )
      )[0]?.n;
    expect(await unread()).toBeGreaterThan(0);
    const res = await w.s.call('POST', `/api/v1/plans/${plan.id}/recall`, 'cambinh');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'draft', submittedBy: null });
    expect(await audits(plan.id, 'recall')).toHaveLength(1);
    expect(await todayOf('lanhdao.cambinh')).not.toContain(String(plan.title));
    expect(await unread()).toBe(0);
    // Nothing left to decide: the leader's issue is refused.
    const issue = await w.s.call('POST', `/api/v1/plans/${plan.id}/issue`, 'lanhdao.cambinh', {});
    expect(issue.statusCode).toBe(409);
    const edited = await w.patch(`/api/v1/plans/${plan.id}`, 'cambinh', {
      version: res.json().version,
      content: { preamble: 'Bổ sung sau khi rút lại' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const again = await w.s.call('POST', `/api/v1/plans/${plan.id}/submit`, 'cambinh');
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({
      status: 'submitted',
      preamble: 'Bổ sung sau khi rút lại',
    });
  });

  test('only its submitter, and only while it waits: a colleague is refused, so is a draft or an issued plan', async () => {
    const plan = await w.plan(true);
    const colleague = await w.s.call('POST', `/api/v1/plans/${plan.id}/recall`, 'canbo2.cambinh');
    expect(colleague.statusCode).toBe(403);
    expect(colleague.json().detail).toContain('người đã trình');
    expect(
      (await w.s.call('POST', `/api/v1/plans/${plan.id}/recall`, 'canbo.bencanh')).statusCode,
    ).toBe(404);
    await w.json(
      await w.s.call('POST', `/api/v1/plans/${plan.id}/issue`, 'lanhdao.cambinh', {}),
      'issue',
    );
    const issued = await w.s.call('POST', `/api/v1/plans/${plan.id}/recall`, 'cambinh');
    expect(issued.statusCode).toBe(409);
    expect(issued.json().detail).toContain('đã ban hành');
    const draft = await w.plan(false);
    expect((await w.s.call('POST', `/api/v1/plans/${draft.id}/recall`, 'cambinh')).statusCode).toBe(
      409,
    );
  });
});

describe('deleting a claim logged by mistake', () => {
  test('its author deletes a new claim: gone from the log, its screenshot removed, audited', async () => {
    const claim = await w.claim(null);
    const form = await formBody({ screenshot: { name: 'anh.png', bytes: pngBytes() } });
    const shot = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/claims/${claim.id}/screenshot`,
      headers: { cookie: w.s.cookies.get('cambinh') ?? '', ...form.headers },
      payload: form.payload,
    });
    expect(shot.statusCode, shot.body).toBeLessThan(300);
    const key = (await t.deps.repos.claims.get(claim.id))?.screenshotKey;
    expect(key).toBeTruthy();
    expect(await listed('claims', claim.id)).toBe(true);
    const res = await w.s.call('DELETE', `/api/v1/claims/${claim.id}`, 'cambinh');
    expect(res.statusCode, res.body).toBe(200);
    expect(await listed('claims', claim.id)).toBe(false);
    expect(await t.deps.repos.claims.get(claim.id)).toBeNull();
    expect(await t.deps.storage.open(key ?? '')).toBeNull();
    expect(await audits(claim.id, 'delete')).toHaveLength(1);
  });

  test('once someone started handling it, it is refused with 409 and a reason, and stays', async () => {
    const claim = await w.claim(null);
    await w.json(
      await w.s.call('POST', `/api/v1/claims/${claim.id}/status`, 'lanhdao.cambinh', {
        status: 'verifying',
      }),
      'verifying',
    );
    const res = await w.s.call('DELETE', `/api/v1/claims/${claim.id}`, 'cambinh');
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('Đang xác minh');
    expect((await t.deps.repos.claims.get(claim.id))?.status).toBe('verifying');
  });

  test('the unit above who did not log it, a viewer and a sibling ward are refused', async () => {
    const claim = await w.claim(null);
    expect((await w.s.call('DELETE', `/api/v1/claims/${claim.id}`, 'campha')).statusCode).toBe(403);
    expect((await w.s.call('DELETE', `/api/v1/claims/${claim.id}`, 'xem.cambinh')).statusCode).toBe(
      403,
    );
    expect(
      (await w.s.call('DELETE', `/api/v1/claims/${claim.id}`, 'canbo.bencanh')).statusCode,
    ).toBe(404);
    // An officer of the desk that logged it may.
    expect(
      (await w.s.call('DELETE', `/api/v1/claims/${claim.id}`, 'canbo2.cambinh')).statusCode,
    ).toBe(200);
  });
});

/** A one-pixel PNG. */
function pngBytes(): Uint8Array {
  return Uint8Array.from(
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    ),
  );
}
