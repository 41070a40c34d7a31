import { afterAll, beforeAll, expect, test } from 'vitest';
import { notifyUnits } from '../../src/domain/notifications/notify';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ demo: true });
});
afterAll(async () => t.close());

const bell = async (cookie: string, unread = false) =>
  (
    await t.app.inject({
      url: `/api/v1/notifications${unread ? '?unread=true' : ''}`,
      headers: { cookie },
    })
  ).json<{
    unread: number;
    items: Array<{ id: string; title: string; read: boolean; link: string | null }>;
  }>();
const markRead = (cookie: string, ids?: string[]) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/notifications/read',
    headers: { cookie },
    payload: ids ? { ids } : {},
  });

test('a notification written through the domain port reaches the bell of each user of the unit, not others', async () => {
  const cambinh = await t.login('cambinh');
  const kalong = await t.login('kalong');
  const before = await bell(cambinh);
  expect(before.items.map((n) => n.title)).toContain('Chào mừng đến với Loa');
  const unitId = (await t.app.inject({ url: '/api/v1/me', headers: { cookie: cambinh } })).json()
    .unit.id;
  await t.deps.uow.transaction((repos) =>
    notifyUnits(repos, t.deps, {
      unitIds: [unitId],
      kind: 'task',
      title: 'Nhiệm vụ thử',
      body: 'Phát file ghi âm tối thiểu 01 lần/tuần.',
      link: '/app/tasks',
    }),
  );
  const after = await bell(cambinh);
  expect(after.unread).toBe(before.unread + 1);
  expect(after.items[0]).toMatchObject({ title: 'Nhiệm vụ thử', read: false, link: '/app/tasks' });
  expect((await bell(kalong)).items.map((n) => n.title)).not.toContain('Nhiệm vụ thử');

  expect((await markRead(cambinh, [after.items[0]?.id ?? ''])).json().marked).toBe(1);
  expect((await bell(cambinh, true)).items).toHaveLength(before.unread);
  await markRead(cambinh);
  expect((await bell(cambinh)).unread).toBe(0);
});

test("one user cannot mark another's notifications read", async () => {
  const kalong = await t.login('kalong');
  const cambinh = await t.login('cambinh');
  const theirs = await bell(kalong);
  expect(theirs.unread).toBeGreaterThan(0);
  const res = await markRead(cambinh, [theirs.items[0]?.id ?? '']);
  expect(res.json().marked).toBe(0);
  expect((await bell(kalong)).unread).toBe(theirs.unread);
});
