import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toneWav } from '../../src/domain/content/wav';
import { apiRoutes } from '../support/api-routes';
import { buildContent, buildUser } from '../support/factories';
import { openedSoFar } from '../support/teardown';
import { buildTestApp, signIn, type TestApp } from '../support/test-app';
import { wardPhase } from '../support/summary-world';
import { transitionWorld, type TransitionWorld } from '../support/transition-world';

/** Whoever wrote or last changed a thing cannot approve, issue or publish it. */
let t: TestApp;
const opened = openedSoFar();
let w: TransitionWorld;
beforeAll(async () => {
  t = await opened.open(buildTestApp());
  w = await transitionWorld(t);
}, 180_000);
afterAll(() => opened.closeAll());

type Res = { statusCode: number; json: () => Record<string, unknown> };
const refused = (res: Res, why: string) => {
  expect(res.statusCode).toBe(403);
  expect(String(res.json().detail)).toContain(why);
};

/** Each case: the own work refused (naming why), then the same step by someone else allowed. */
const cases: Array<{ name: string; routes: string[]; run(): Promise<void> }> = [
  {
    name: 'a leader who wrote a plan cannot issue it after an officer edited and submitted it',
    routes: ['POST /api/v1/plans/{id}/issue'],
    async run() {
      const draft = w.json(
        await w.call('POST', '/api/v1/plans', 'leader', {
          unitId: w.ward.id,
          content: {
            title: 'Kế hoạch do lãnh đạo soạn',
            periodFrom: '2026-01-05',
            periodTo: '2026-03-15',
            signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'A' },
          },
        }),
        'plan',
      );
      w.json(
        await w.patch(`/api/v1/plans/${draft.id}`, 'officer', {
          version: draft.version,
          content: { preamble: 'Cán bộ sửa' },
        }),
        'edit',
      );
      w.json(await w.call('POST', `/api/v1/plans/${draft.id}/submit`, 'officer'), 'submit');
      refused(await w.call('POST', `/api/v1/plans/${draft.id}/issue`, 'leader', {}), 'người soạn');
      const other = await w.call('POST', `/api/v1/plans/${draft.id}/issue`, 'leader2', {});
      expect(other.json().status).toBe('issued');
    },
  },
  {
    name: 'a leader who uploaded the file of an officer’s draft cannot approve it',
    routes: ['POST /api/v1/content/{id}/approve'],
    async run() {
      const item = await buildContent(t.deps, w.ward, { kind: 'audio', author: w.people.officer });
      const up = w.json(
        await w.upload(`/api/v1/content/${item.id}/file`, 'leader', toneWav(1), 'a.wav'),
        'upload',
      );
      // The uploader is now one of its editors: the answer tells the screen not to offer approval.
      expect(up.selfCreated).toBe(true);
      refused(
        await w.call('POST', `/api/v1/content/${item.id}/approve`, 'leader', {
          version: up.version,
        }),
        'tải tệp',
      );
      const other = await w.call('POST', `/api/v1/content/${item.id}/approve`, 'leader2', {
        version: up.version,
      });
      expect(other.json().status).toBe('approved');
    },
  },
  {
    name: 'the author of an article cannot publish it, even approved by someone else',
    routes: ['POST /api/v1/content/{id}/publish'],
    async run() {
      const item = await w.approvedArticle();
      refused(await w.call('POST', `/api/v1/content/${item.id}/publish`, 'officer', {}), 'tự đăng');
      const other = await w.call('POST', `/api/v1/content/${item.id}/publish`, 'leader', {});
      expect(other.json().publishedAt).not.toBeNull();
    },
  },
  {
    // A sơ kết has no drafting stage of its own: its figures are the units' logged work and the
    // leader signs it in one step, so the separation here is of roles, not of persons.
    name: 'a sơ kết is issued by a leader of the unit itself, never by its officer',
    routes: ['POST /api/v1/reports/summary/issue'],
    async run() {
      const { unitId, phase } = await wardPhase(t.deps, w);
      const body = { unitId, phase, issuedOn: '2022-05-02' };
      refused(await w.call('POST', '/api/v1/reports/summary/issue', 'officer', body), 'lãnh đạo');
      const other = await w.call('POST', '/api/v1/reports/summary/issue', 'leader', body);
      expect(other.statusCode).toBe(201);
      expect(other.json()).toMatchObject({
        issuedOn: '2022-05-02',
        periodKey: `${phase} 2022-04-01/2022-04-30`,
      });
    },
  },
  {
    name: 'a leader who changed a candidate list cannot publish it',
    routes: ['POST /api/v1/districts/{id}/publish-candidates'],
    async run() {
      const d = await w.district();
      w.json(
        await w.call('POST', '/api/v1/candidates', 'leader', {
          districtId: d.id,
          fullName: 'Lê Văn Cường',
        }),
        'candidate',
      );
      const url = `/api/v1/districts/${d.id}/publish-candidates`;
      refused(await w.call('POST', url, 'leader'), 'danh sách người ứng cử');
      expect((await w.call('POST', url, 'leader2')).statusCode).toBe(200);
    },
  },
  {
    name: 'a leader who entered results cannot publish them',
    routes: ['POST /api/v1/districts/{id}/publish-results'],
    async run() {
      const d = await w.district();
      await w.enterResults(d, 'leader');
      const url = `/api/v1/districts/${d.id}/publish-results`;
      refused(await w.call('POST', url, 'leader'), 'nhập kết quả');
      expect((await w.call('POST', url, 'leader2')).statusCode).toBe(200);
    },
  },
];

describe('four eyes', () => {
  test('every approve, issue and publish route of the API has its case', () => {
    const gates = apiRoutes(t.app)
      .filter((r) => r.method === 'POST' && /\/(approve|issue|publish[a-z-]*)$/.test(r.path))
      .map((r) => r.key);
    const covered = new Set(cases.flatMap((c) => c.routes));
    expect(gates.filter((k) => !covered.has(k))).toEqual([]);
  });

  for (const c of cases) test(c.name, () => c.run());

  test('one’s own password changes only with the current one, admins included', async () => {
    const me = (await w.call('GET', '/api/v1/me', 'admin')).json<{ id: string }>();
    const own = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${me.id}`,
      headers: { cookie: await w.cookie('admin') },
      payload: { password: 'mot-mat-khau-moi-rat-dai' },
    });
    refused(own, 'mật khẩu hiện tại');
    await signIn(t.app, w.people.admin.username);
    const wrong = await w.call('POST', '/api/v1/me/password', 'admin', {
      currentPassword: 'khong-dung',
      newPassword: 'mot-mat-khau-moi-rat-dai',
    });
    expect(wrong.statusCode).toBe(400);
    await signIn(t.app, w.people.admin.username);
    // Resetting someone else's password stays an admin's job.
    const other = await buildUser(t.deps, w.ward, {});
    const reset = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${other.id}`,
      headers: { cookie: await w.cookie('admin') },
      payload: { password: 'mot-mat-khau-moi-rat-dai' },
    });
    expect(reset.statusCode).toBe(200);
    await signIn(t.app, other.username, 'mot-mat-khau-moi-rat-dai');
  });
});
