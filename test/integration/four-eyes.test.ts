import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toneWav } from '../../src/domain/content/wav';
import { apiRoutes } from '../support/api-routes';
import { buildUser } from '../support/factories';
import { openedSoFar } from '../support/teardown';
import { buildTestApp, signIn, type TestApp } from '../support/test-app';
import { wardPhase } from '../support/summary-world';
import { transitionWorld } from '../support/transition-world';

/** Whoever wrote or last changed a thing cannot approve, issue or publish it. */
let t: TestApp;
const opened = openedSoFar();
let w: Awaited<ReturnType<typeof transitionWorld>>;
beforeAll(async () => {
  t = await opened.open(buildTestApp({ demo: true }));
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
      const draft = await w.json(
        await w.s.call('POST', '/api/v1/plans', 'lanhdao.cambinh', {
          unitId: w.s.unit('cambinh'),
          content: {
            title: 'Kế hoạch do lãnh đạo soạn',
            periodFrom: '2026-01-05',
            periodTo: '2026-03-15',
            signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'A' },
          },
        }),
        'plan',
      );
      await w.json(
        await w.patch(`/api/v1/plans/${draft.id}`, 'cambinh', {
          version: draft.version,
          content: { preamble: 'Cán bộ sửa' },
        }),
        'edit',
      );
      await w.json(await w.s.call('POST', `/api/v1/plans/${draft.id}/submit`, 'cambinh'), 'submit');
      refused(
        await w.s.call('POST', `/api/v1/plans/${draft.id}/issue`, 'lanhdao.cambinh', {}),
        'người soạn',
      );
      const other = await w.s.call(
        'POST',
        `/api/v1/plans/${draft.id}/issue`,
        'lanhdao2.cambinh',
        {},
      );
      expect(other.json().status).toBe('issued');
    },
  },
  {
    name: 'a leader who uploaded the file of an officer’s draft cannot approve it',
    routes: ['POST /api/v1/content/{id}/approve'],
    async run() {
      const item = await w.json(
        await w.s.call('POST', '/api/v1/content', 'cambinh', {
          unitId: w.s.unit('cambinh'),
          kind: 'audio',
          title: 'Bản tin của cán bộ',
        }),
        'content',
      );
      const up = await w.json(
        await w.s.upload(`/api/v1/content/${item.id}/file`, 'lanhdao.cambinh', toneWav(1), 'a.wav'),
        'upload',
      );
      // The uploader is now one of its editors: the answer tells the screen not to offer approval.
      expect(up.selfCreated).toBe(true);
      refused(
        await w.s.call('POST', `/api/v1/content/${item.id}/approve`, 'lanhdao.cambinh', {
          version: up.version,
        }),
        'tải tệp',
      );
      const other = await w.s.call(
        'POST',
        `/api/v1/content/${item.id}/approve`,
        'lanhdao2.cambinh',
        {
          version: up.version,
        },
      );
      expect(other.json().status).toBe('approved');
    },
  },
  {
    name: 'the author of an article cannot publish it, even approved by someone else',
    routes: ['POST /api/v1/content/{id}/publish'],
    async run() {
      const item = await w.approvedArticle();
      refused(
        await w.s.call('POST', `/api/v1/content/${item.id}/publish`, 'cambinh', {}),
        'tự đăng',
      );
      const other = await w.s.call(
        'POST',
        `/api/v1/content/${item.id}/publish`,
        'lanhdao.cambinh',
        {},
      );
      expect(other.json().publishedAt).not.toBeNull();
    },
  },
  {
    // A sơ kết has no drafting stage of its own: its figures are the units' logged work and the
    // leader signs it in one step, so the separation here is of roles, not of persons.
    name: 'a sơ kết is issued by a leader of the unit itself, never by its officer',
    routes: ['POST /api/v1/reports/summary/issue'],
    async run() {
      const { unitId, phase } = await wardPhase(w);
      const body = { unitId, phase, issuedOn: '2022-05-02' };
      refused(await w.s.call('POST', '/api/v1/reports/summary/issue', 'cambinh', body), 'lãnh đạo');
      const other = await w.s.call(
        'POST',
        '/api/v1/reports/summary/issue',
        'lanhdao.cambinh',
        body,
      );
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
      await w.json(
        await w.s.call('POST', '/api/v1/candidates', 'lanhdao.cambinh', {
          districtId: d.id,
          fullName: 'Lê Văn Cường',
        }),
        'candidate',
      );
      const url = `/api/v1/districts/${d.id}/publish-candidates`;
      refused(await w.s.call('POST', url, 'lanhdao.cambinh'), 'danh sách người ứng cử');
      expect((await w.s.call('POST', url, 'lanhdao2.cambinh')).statusCode).toBe(200);
    },
  },
  {
    name: 'a leader who entered results cannot publish them',
    routes: ['POST /api/v1/districts/{id}/publish-results'],
    async run() {
      const d = await w.district();
      await w.enterResults(d, 'lanhdao.cambinh');
      const url = `/api/v1/districts/${d.id}/publish-results`;
      refused(await w.s.call('POST', url, 'lanhdao.cambinh'), 'nhập kết quả');
      expect((await w.s.call('POST', url, 'lanhdao2.cambinh')).statusCode).toBe(200);
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
    const me = (await w.s.call('GET', '/api/v1/me', 'admin')).json<{ id: string }>();
    const own = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${me.id}`,
      headers: { cookie: w.s.cookies.get('admin') ?? '' },
      payload: { password: 'mot-mat-khau-moi-rat-dai' },
    });
    refused(own, 'mật khẩu hiện tại');
    await signIn(t.app, 'admin');
    const wrong = await w.s.call('POST', '/api/v1/me/password', 'admin', {
      currentPassword: 'khong-dung',
      newPassword: 'mot-mat-khau-moi-rat-dai',
    });
    expect(wrong.statusCode).toBe(400);
    await signIn(t.app, 'admin');
    // Resetting someone else's password stays an admin's job.
    const unit = await t.deps.repos.units.get(w.s.unit('cambinh'));
    if (!unit) throw new Error('cambinh');
    const other = await buildUser(t.deps, unit, {});
    const reset = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${other.id}`,
      headers: { cookie: w.s.cookies.get('admin') ?? '' },
      payload: { password: 'mot-mat-khau-moi-rat-dai' },
    });
    expect(reset.statusCode).toBe(200);
    await signIn(t.app, other.username, 'mot-mat-khau-moi-rat-dai');
  });
});
