import { afterAll, beforeAll, expect, test } from 'vitest';
import { query } from '../support/db-state';
import { buildWardAtWork } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t.close());

test("buildWardAtWork gives the ward the district's tasks, and its plays count in their windows", async () => {
  const world = await buildWardAtWork(t.deps, { periodFrom: '2022-04-04', periodTo: '2022-05-01' });
  const ward = world.tree.commune;
  const cookie = await t.login(world.tree.users.commune.officer.username);
  const get = (url: string) => t.app.inject({ url, headers: { cookie } });

  const tasks = (await get(`/api/v1/tasks?assigneeUnitId=${ward.id}`)).json().items;
  expect(tasks.map((x: { kind: string }) => x.kind).sort()).toEqual(['once', 'recurring']);
  expect(tasks.every((x: { planId: string }) => x.planId === world.plan.id)).toBe(true);
  // Both plays (4 and 5 April) fall in the first week and before the one-off task's deadline.
  const windows = await query(
    t.database,
    `select kind, key, done from task_periods where assignee_unit_id = '${ward.id}' order by period_from, kind`,
  );
  expect(windows.find((w) => w.key === '2022-W14')).toMatchObject({ done: 2 });
  expect(windows.filter((w) => w.kind === 'once')).toEqual([expect.objectContaining({ done: 2 })]);
  expect(windows.length).toBeGreaterThanOrEqual(5);

  expect(world.content).toMatchObject({ status: 'approved', file: { mediaType: 'image/png' } });
  expect((await get(`/api/v1/content/${world.content.id}`)).statusCode).toBe(200);
  expect((await get(`/api/v1/elections/${world.election.id}`)).statusCode).toBe(200);
  expect((await get(`/api/v1/stations?unitId=${ward.id}`)).json().items).toHaveLength(1);
  expect(world.activities.map((a) => a.occurredOn)).toEqual(['2022-04-04', '2022-04-05']);
});
