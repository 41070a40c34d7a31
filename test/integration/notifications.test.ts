import { afterAll, beforeAll, expect, test } from 'vitest';
import { notifyUnits, type NotifyInput } from '../../src/domain/notifications/notify';
import { buildTree, buildUnit, buildUser, SAMPLE, type BuiltTree } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// Two wards side by side, each already holding one unread notice: a bell that starts empty would
// not show that marking one read leaves the others unread.
let t: TestApp;
let tree: BuiltTree;
let ward = '';
let other = '';
beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildTree(t.deps);
  const neighbour = await buildUnit(t.deps, { parent: tree.district, kind: 'commune' });
  const stranger = await buildUser(t.deps, neighbour, { role: 'officer' });
  for (const unit of [tree.commune, neighbour])
    await notify({
      unitIds: [unit.id],
      kind: 'welcome',
      title: `Chào mừng đến với Loa ${SAMPLE}`,
      body: `Hướng dẫn sử dụng ${SAMPLE}`,
    });
  ward = await t.login(tree.users.commune.officer.username);
  other = await t.login(stranger.username);
});
afterAll(async () => t.close());

const notify = (input: NotifyInput) =>
  t.deps.uow.transaction((repos) => notifyUnits(repos, t.deps, input));
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
  const before = await bell(ward);
  expect(before.items.map((n) => n.title)).toContain(`Chào mừng đến với Loa ${SAMPLE}`);
  expect(before.unread).toBeGreaterThan(0);
  const leader = await t.login(tree.users.commune.leader.username);
  const leaderBefore = (await bell(leader)).unread;
  await notify({
    unitIds: [tree.commune.id],
    kind: 'task',
    title: 'Nhiệm vụ thử',
    body: 'Phát file ghi âm tối thiểu 01 lần/tuần.',
    link: '/app/tasks',
  });
  const after = await bell(ward);
  expect(after.unread).toBe(before.unread + 1);
  expect(after.items[0]).toMatchObject({ title: 'Nhiệm vụ thử', read: false, link: '/app/tasks' });
  expect((await bell(leader)).unread).toBe(leaderBefore + 1);
  expect((await bell(other)).items.map((n) => n.title)).not.toContain('Nhiệm vụ thử');
  // The unit above is not the unit: its people are not told.
  const above = await t.login(tree.users.district.officer.username);
  expect((await bell(above)).items.map((n) => n.title)).not.toContain('Nhiệm vụ thử');

  expect((await markRead(ward, [after.items[0]?.id ?? ''])).json().marked).toBe(1);
  expect((await bell(ward, true)).items).toHaveLength(before.unread);
  await markRead(ward);
  expect((await bell(ward)).unread).toBe(0);
});

test("one user cannot mark another's notifications read", async () => {
  const theirs = await bell(other);
  expect(theirs.unread).toBeGreaterThan(0);
  const res = await markRead(ward, [theirs.items[0]?.id ?? '']);
  expect(res.json().marked).toBe(0);
  expect((await bell(other)).unread).toBe(theirs.unread);
});
