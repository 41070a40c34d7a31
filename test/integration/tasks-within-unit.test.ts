import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AssignmentTask } from '../../src/domain/plans/plan';
import type { Unit } from '../../src/domain/units/unit';
import { buildPlan, buildTree, buildUnit, SAMPLE, type BuiltTree } from '../support/factories';
import { asUsers } from '../support/plan-helpers';
import { buildTestApp, type TestApp } from '../support/test-app';

// A supervisor narrows the task list to one unit's subtree (the unit chosen on the dashboard).

let t: TestApp;
let http: ReturnType<typeof asUsers>;
let tree: BuiltTree;
let section: Unit;
let otherWard: Unit;
type TaskRow = { assigneeName: string; assigneeUnitId: string };

const task: AssignmentTask = {
  text: `Phát loa tuyên truyền bầu cử ${SAMPLE}`,
  channel: 'loudspeaker',
  frequencyText: null,
  recurrence: null,
  deadline: null,
  target: null,
};

// The district's plan gives a task to the ward, to a village and a section under it, and to a
// second ward beside it, so the ward's subtree holds some of the tasks and not all of them.
beforeAll(async () => {
  t = await buildTestApp();
  http = asUsers(t);
  tree = await buildTree(t.deps);
  section = await buildUnit(t.deps, {
    parent: tree.commune,
    name: 'Bộ phận Văn hóa - Xã hội thử',
    kind: 'agency',
  });
  otherWard = await buildUnit(t.deps, { parent: tree.district, name: 'Phường bên cạnh thử' });
  const assignees = [tree.commune, tree.village, section, otherWard];
  await buildPlan(t.deps, tree.district, {
    status: 'issued',
    assignments: assignees.map((u) => ({ unitId: u.id, unitName: u.name, tasks: [task] })),
  });
});
afterAll(async () => t.close());

describe('GET /tasks?withinUnitId=', () => {
  test('the province sees the tasks of a ward and of the units under it, and no others', async () => {
    const reader = tree.users.province.officer.username;
    const all: TaskRow[] = (await http.get('/api/v1/tasks', reader)).json().items;
    const res = await http.get(`/api/v1/tasks?withinUnitId=${tree.commune.id}`, reader);
    expect(res.statusCode).toBe(200);
    const within: TaskRow[] = res.json().items;
    expect(within.map((x) => x.assigneeName).sort()).toEqual(
      [tree.commune.name, tree.village.name, section.name].sort(),
    );
    // The ward beside it has a task too, outside the ward.
    expect(all.some((x) => x.assigneeUnitId === otherWard.id)).toBe(true);
    expect(within.length).toBeLessThan(all.length);
  });

  test('a unit above the reader is not found, as if it did not exist', async () => {
    const res = await http.get(
      `/api/v1/tasks?withinUnitId=${tree.district.id}`,
      tree.users.commune.officer.username,
    );
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
  });

  test('an id that is not a unit id is refused, naming the parameter', async () => {
    const res = await http.get(
      '/api/v1/tasks?withinUnitId=cam-pha',
      tree.users.province.officer.username,
    );
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('withinUnitId');
  });
});
