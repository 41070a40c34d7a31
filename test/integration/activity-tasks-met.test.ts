import { afterAll, beforeAll, expect, test } from 'vitest';
import { query } from '../support/db-state';
import { buildTestApp, type TestApp } from '../support/test-app';

// Before saving, the activity form says which tasks the entry will count for: the open tasks of
// the chosen unit and of the units above it, on that channel and day; and, when the officer's
// unit would miss the only task on that channel held below it, which unit holds it.

let t: TestApp;
let cookie = '';
const ids: Record<string, string> = {};

interface Answer {
  meets: Array<{ taskTitle: string; assigneeUnitId: string; issuerName: string; key: string }>;
  holderBelow: { unitId: string; unitName: string; taskTitle: string } | null;
}
const ask = async (unit: string, channel: string, day: string) => {
  const res = await t.app.inject({
    url: `/api/v1/activities/tasks-met?unitId=${ids[unit]}&channel=${channel}&occurredOn=${day}`,
    headers: { cookie },
  });
  expect(res.statusCode).toBe(200);
  return res.json<Answer>();
};

beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  cookie = await t.login('cambinh');
  for (const [key, name] of [
    ['cambinh', 'Phường Cẩm Bình'],
    ['vhxh', 'Bộ phận Văn hóa - Xã hội phường Cẩm Bình'],
    ['kalong', 'Phường Ka Long'],
  ] as const) {
    const [row] = await query(t.database, `select id from units where name = '${name}'`);
    ids[key] = String(row?.id);
  }
});
afterAll(async () => t.close());

test('a play recorded for the section meets its weekly duty of plan 51 and the tasks above it', async () => {
  const a = await ask('vhxh', 'loudspeaker', '2022-04-19');
  const duty = a.meets.find((m) => m.taskTitle.includes('tối thiểu 01 lần/tuần'));
  expect(duty).toMatchObject({
    assigneeUnitId: ids.vhxh,
    issuerName: 'Phường Cẩm Bình',
    key: '2022-W16',
  });
  expect(a.holderBelow).toBeNull();
});

test('recorded for the ward, it would miss the section’s duty: the answer names the section', async () => {
  const a = await ask('cambinh', 'loudspeaker', '2022-04-19');
  expect(a.meets.some((m) => m.assigneeUnitId === ids.vhxh)).toBe(false);
  expect(a.holderBelow).toMatchObject({
    unitId: ids.vhxh,
    unitName: 'Bộ phận Văn hóa - Xã hội phường Cẩm Bình',
  });
});

test('no task on the channel that week is said plainly; a unit outside the scope is not found', async () => {
  // After 15/6 the weekly duty is over; before any plan there is nothing to meet.
  const after = await ask('vhxh', 'loudspeaker', '2022-07-05');
  expect(after.meets.some((m) => m.taskTitle.includes('tối thiểu 01 lần/tuần'))).toBe(false);
  expect((await ask('vhxh', 'loudspeaker', '2022-03-01')).meets).toEqual([]);
  const res = await t.app.inject({
    url: `/api/v1/activities/tasks-met?unitId=${ids.kalong}&channel=loudspeaker&occurredOn=2022-04-19`,
    headers: { cookie },
  });
  expect(res.statusCode).toBe(404);
});
