import { afterAll, beforeAll, expect, test } from 'vitest';
import { notifyUnits } from '../../src/domain/notifications/notify';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ demo: true });
});
afterAll(async () => t.close());

test('a notification written through the domain port reaches the bell of each user of the unit, not others', async () => {
  const cambinh = await t.login('cambinh');
  const kalong = await t.login('kalong');
  const before = (
    await t.app.inject({ url: '/api/v1/notifications', headers: { cookie: cambinh } })
  ).json();
  expect(before.unread).toBe(1);
  expect(before.items[0].title).toBe('Chào mừng đến với Loa');
  const unitId = (await t.app.inject({ url: '/api/v1/me', headers: { cookie: cambinh } })).json()
    .unit.id;
  await t.deps.uow.transaction((repos) =>
    notifyUnits(repos, t.deps, {
      unitIds: [unitId],
      kind: 'task',
      title: 'Nhiệm vụ mới',
      body: 'Phát file ghi âm tối thiểu 01 lần/tuần.',
      link: '/app/tasks',
    }),
  );
  const after = (
    await t.app.inject({ url: '/api/v1/notifications', headers: { cookie: cambinh } })
  ).json();
  expect(after.unread).toBe(2);
  expect(after.items[0]).toMatchObject({ title: 'Nhiệm vụ mới', read: false, link: '/app/tasks' });
  expect(
    (await t.app.inject({ url: '/api/v1/notifications', headers: { cookie: kalong } })).json()
      .unread,
  ).toBe(1);

  const one = await t.app.inject({
    method: 'POST',
    url: '/api/v1/notifications/read',
    headers: { cookie: cambinh },
    payload: { ids: [after.items[0].id] },
  });
  expect(one.json().marked).toBe(1);
  expect(
    (
      await t.app.inject({ url: '/api/v1/notifications?unread=true', headers: { cookie: cambinh } })
    ).json().items,
  ).toHaveLength(1);
  await t.app.inject({
    method: 'POST',
    url: '/api/v1/notifications/read',
    headers: { cookie: cambinh },
    payload: {},
  });
  expect(
    (await t.app.inject({ url: '/api/v1/notifications', headers: { cookie: cambinh } })).json()
      .unread,
  ).toBe(0);
});

test("one user cannot mark another's notifications read", async () => {
  const kalong = await t.login('kalong');
  const cambinh = await t.login('cambinh');
  const theirs = (
    await t.app.inject({ url: '/api/v1/notifications', headers: { cookie: kalong } })
  ).json().items[0];
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/notifications/read',
    headers: { cookie: cambinh },
    payload: { ids: [theirs.id] },
  });
  expect(res.json().marked).toBe(0);
  expect(
    (await t.app.inject({ url: '/api/v1/notifications', headers: { cookie: kalong } })).json()
      .unread,
  ).toBe(1);
});
