import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { query } from '../support/db-state';
import { openedSoFar } from '../support/teardown';
import { buildTestApp, type TestApp } from '../support/test-app';
import { transitionWorld, type TransitionWorld, type Who } from '../support/transition-world';
import { formBody } from '../support/upload-form';

// What an author put in by mistake is theirs to take back until someone acts on it: a plan still
// a draft is deleted, a submitted one is withdrawn before a leader decides, a claim nobody has
// started handling is deleted with its screenshot. After that, a 409 says why not.

let t: TestApp;
const opened = openedSoFar();
let w: TransitionWorld;

// The ward's officers, viewer and leader, the city above it and a sibling ward that cannot see
// the ward's drafts: all in the world.
beforeAll(async () => {
  t = await opened.open(buildTestApp());
  w = await transitionWorld(t);
}, 180_000);
afterAll(() => opened.closeAll());

const audits = async (id: string, action: string) =>
  query(
    t.database,
    `select action, actor_name from audit_log where entity_id = '${id}' and action = '${action}'`,
  );
const listed = async (path: string, id: string) =>
  (await w.call('GET', `/api/v1/${path}`, 'officer'))
    .json<{ items: Array<{ id: string }> }>()
    .items.some((p) => p.id === id);
const todayOf = async (who: Who) =>
  JSON.stringify((await w.call('GET', '/api/v1/today', who)).json());

describe('deleting a draft plan', () => {
  test('its author deletes it: gone from the list, the leaders’ notices and the log keeps it', async () => {
    const plan = await w.plan(false);
    expect(await listed('plans', plan.id)).toBe(true);
    const res = await w.call('DELETE', `/api/v1/plans/${plan.id}`, 'officer');
    expect(res.statusCode, res.body).toBe(200);
    expect((await w.call('GET', `/api/v1/plans/${plan.id}`, 'officer')).statusCode).toBe(404);
    expect(await listed('plans', plan.id)).toBe(false);
    expect(await audits(plan.id, 'delete')).toHaveLength(1);
  });

  test('another officer of its unit may delete it too; one of the unit above who did not write it may not', async () => {
    const plan = await w.plan(false);
    const above = await w.call('DELETE', `/api/v1/plans/${plan.id}`, 'cityOfficer');
    expect(above.statusCode).toBe(403);
    expect(above.json().detail).toContain('Chỉ người soạn');
    const colleague = await w.call('DELETE', `/api/v1/plans/${plan.id}`, 'officer2');
    expect(colleague.statusCode, colleague.body).toBe(200);
  });

  test('a sibling ward’s officer does not find it; a viewer may not delete it', async () => {
    const plan = await w.plan(false);
    expect((await w.call('DELETE', `/api/v1/plans/${plan.id}`, 'siblingOfficer')).statusCode).toBe(
      404,
    );
    expect((await w.call('DELETE', `/api/v1/plans/${plan.id}`, 'viewer')).statusCode).toBe(403);
    expect((await t.deps.repos.plans.get(plan.id))?.status).toBe('draft');
  });

  test('submitted or issued, it is refused with 409 and a reason, and stays', async () => {
    const plan = await w.plan(true);
    const submitted = await w.call('DELETE', `/api/v1/plans/${plan.id}`, 'officer');
    expect(submitted.statusCode).toBe(409);
    expect(submitted.json().detail).toContain('rút lại trước');
    w.json(await w.call('POST', `/api/v1/plans/${plan.id}/issue`, 'leader', {}), 'issue');
    const issued = await w.call('DELETE', `/api/v1/plans/${plan.id}`, 'officer');
    expect(issued.statusCode).toBe(409);
    expect(issued.json().detail).toContain('đã ban hành');
    expect((await t.deps.repos.plans.get(plan.id))?.status).toBe('issued');
    expect(await audits(plan.id, 'delete')).toHaveLength(0);
  });

  test('a draft revision of an issued plan is discarded; the issued plan stays in force', async () => {
    const plan = await w.plan(true);
    w.json(await w.call('POST', `/api/v1/plans/${plan.id}/issue`, 'leader', {}), 'issue');
    const revision = w.json(
      await w.call('POST', `/api/v1/plans/${plan.id}/revise`, 'officer'),
      'revise',
    );
    const res = await w.call('DELETE', `/api/v1/plans/${revision.id}`, 'officer');
    expect(res.statusCode, res.body).toBe(200);
    expect(await t.deps.repos.plans.get(revision.id)).toBeNull();
    const original = await t.deps.repos.plans.get(plan.id);
    expect([original?.status, original?.number === null]).toEqual(['issued', false]);
    // A new revision can be started again afterwards.
    expect((await w.call('POST', `/api/v1/plans/${plan.id}/revise`, 'officer')).statusCode).toBe(
      201,
    );
  });
});

describe('withdrawing a submitted plan', () => {
  test('its submitter takes it back: a draft again, no longer waiting on leaders, then edited and submitted again', async () => {
    const plan = await w.plan(true);
    expect(await todayOf('leader')).toContain(plan.title);
    const unread = async () =>
      (
        await query(
          t.database,
          `select count(*)::int as n from notifications where link = '/app/plans/${plan.id}' and read_at is null`,
        )
      )[0]?.n;
    expect(await unread()).toBeGreaterThan(0);
    const res = await w.call('POST', `/api/v1/plans/${plan.id}/recall`, 'officer');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'draft', submittedBy: null });
    expect(await audits(plan.id, 'recall')).toHaveLength(1);
    expect(await todayOf('leader')).not.toContain(plan.title);
    expect(await unread()).toBe(0);
    // Nothing left to decide: the leader's issue is refused.
    const issue = await w.call('POST', `/api/v1/plans/${plan.id}/issue`, 'leader', {});
    expect(issue.statusCode).toBe(409);
    const edited = await w.patch(`/api/v1/plans/${plan.id}`, 'officer', {
      version: res.json().version,
      content: { preamble: 'Bổ sung sau khi rút lại' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const again = await w.call('POST', `/api/v1/plans/${plan.id}/submit`, 'officer');
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({
      status: 'submitted',
      preamble: 'Bổ sung sau khi rút lại',
    });
  });

  test('only its submitter, and only while it waits: a colleague is refused, so is a draft or an issued plan', async () => {
    const plan = await w.plan(true);
    const colleague = await w.call('POST', `/api/v1/plans/${plan.id}/recall`, 'officer2');
    expect(colleague.statusCode).toBe(403);
    expect(colleague.json().detail).toContain('người đã trình');
    expect(
      (await w.call('POST', `/api/v1/plans/${plan.id}/recall`, 'siblingOfficer')).statusCode,
    ).toBe(404);
    w.json(await w.call('POST', `/api/v1/plans/${plan.id}/issue`, 'leader', {}), 'issue');
    const issued = await w.call('POST', `/api/v1/plans/${plan.id}/recall`, 'officer');
    expect(issued.statusCode).toBe(409);
    expect(issued.json().detail).toContain('đã ban hành');
    const draft = await w.plan(false);
    expect((await w.call('POST', `/api/v1/plans/${draft.id}/recall`, 'officer')).statusCode).toBe(
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
      headers: { cookie: await w.cookie('officer'), ...form.headers },
      payload: form.payload,
    });
    expect(shot.statusCode, shot.body).toBeLessThan(300);
    const key = (await t.deps.repos.claims.get(claim.id))?.screenshotKey;
    expect(key).toBeTruthy();
    expect(await listed('claims', claim.id)).toBe(true);
    const res = await w.call('DELETE', `/api/v1/claims/${claim.id}`, 'officer');
    expect(res.statusCode, res.body).toBe(200);
    expect(await listed('claims', claim.id)).toBe(false);
    expect(await t.deps.repos.claims.get(claim.id)).toBeNull();
    expect(await t.deps.storage.open(key ?? '')).toBeNull();
    expect(await audits(claim.id, 'delete')).toHaveLength(1);
  });

  test('once someone started handling it, it is refused with 409 and a reason, and stays', async () => {
    const claim = await w.claim(null);
    w.json(
      await w.call('POST', `/api/v1/claims/${claim.id}/status`, 'leader', {
        status: 'verifying',
      }),
      'verifying',
    );
    const res = await w.call('DELETE', `/api/v1/claims/${claim.id}`, 'officer');
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('Đang xác minh');
    expect((await t.deps.repos.claims.get(claim.id))?.status).toBe('verifying');
  });

  test('the unit above who did not log it, a viewer and a sibling ward are refused', async () => {
    const claim = await w.claim(null);
    expect((await w.call('DELETE', `/api/v1/claims/${claim.id}`, 'cityOfficer')).statusCode).toBe(
      403,
    );
    expect((await w.call('DELETE', `/api/v1/claims/${claim.id}`, 'viewer')).statusCode).toBe(403);
    expect(
      (await w.call('DELETE', `/api/v1/claims/${claim.id}`, 'siblingOfficer')).statusCode,
    ).toBe(404);
    // An officer of the desk that logged it may.
    expect((await w.call('DELETE', `/api/v1/claims/${claim.id}`, 'officer2')).statusCode).toBe(200);
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
