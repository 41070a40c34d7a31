import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  buildPlan,
  buildUnit,
  buildUser,
  SAMPLE,
  weeklyLoudspeakerDuty,
} from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// Before saving, the activity form says which tasks the entry will count for: the open tasks of
// the chosen unit and of the units above it, on that channel and day; and, when the officer's
// unit would miss the only task on that channel held below it, which unit holds it.

let t: TestApp;
let cookie = '';
const ids: Record<string, string> = {};
let wardName = '';
let sectionName = '';
const DUTY = `Phát loa tuyên truyền tối thiểu 01 lần/tuần ${SAMPLE}`;

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

// A ward whose plan, in force from 1/4 to 15/6/2022, gives its culture section a weekly
// loudspeaker duty; a second ward of the same district lies outside the ward officer's scope.
beforeAll(async () => {
  t = await buildTestApp();
  const province = await buildUnit(t.deps, { name: 'Tỉnh thử' });
  const district = await buildUnit(t.deps, { parent: province, kind: 'district' });
  const ward = await buildUnit(t.deps, { parent: district, name: 'Phường thử' });
  const section = await buildUnit(t.deps, {
    parent: ward,
    name: 'Bộ phận Văn hóa - Xã hội phường thử',
    kind: 'agency',
  });
  const otherWard = await buildUnit(t.deps, { parent: district, name: 'Phường bên cạnh thử' });
  Object.assign(ids, { ward: ward.id, section: section.id, otherWard: otherWard.id });
  wardName = ward.name;
  sectionName = section.name;
  const officer = await buildUser(t.deps, ward, { username: 'canbo.phuong', role: 'officer' });
  await buildPlan(t.deps, ward, {
    status: 'issued',
    author: officer,
    periodFrom: '2022-04-01',
    periodTo: '2022-06-15',
    issuedOn: '2022-04-06',
    assignments: [
      {
        unitId: section.id,
        unitName: section.name,
        tasks: [weeklyLoudspeakerDuty(DUTY)],
      },
    ],
  });
  cookie = await t.login(officer.username);
});
afterAll(async () => t.close());

test('a play recorded for the section meets its weekly duty and the tasks above it', async () => {
  const a = await ask('section', 'loudspeaker', '2022-04-19');
  const duty = a.meets.find((m) => m.taskTitle.includes('tối thiểu 01 lần/tuần'));
  expect(duty).toMatchObject({
    assigneeUnitId: ids.section,
    issuerName: wardName,
    key: '2022-W16',
  });
  expect(a.holderBelow).toBeNull();
});

test('recorded for the ward, it would miss the section’s duty: the answer names the section', async () => {
  const a = await ask('ward', 'loudspeaker', '2022-04-19');
  expect(a.meets.some((m) => m.assigneeUnitId === ids.section)).toBe(false);
  expect(a.holderBelow).toMatchObject({ unitId: ids.section, unitName: sectionName });
});

test('no task on the channel that week is said plainly; a unit outside the scope is not found', async () => {
  // After 15/6 the weekly duty is over; before any plan there is nothing to meet.
  const after = await ask('section', 'loudspeaker', '2022-07-05');
  expect(after.meets.some((m) => m.taskTitle.includes('tối thiểu 01 lần/tuần'))).toBe(false);
  expect((await ask('section', 'loudspeaker', '2022-03-01')).meets).toEqual([]);
  const res = await t.app.inject({
    url: `/api/v1/activities/tasks-met?unitId=${ids.otherWard}&channel=loudspeaker&occurredOn=2022-04-19`,
    headers: { cookie },
  });
  expect(res.statusCode).toBe(404);
});
