import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { asUsers, unitIdByName } from '../support/plan-helpers';
import { buildTestApp, type TestApp } from '../support/test-app';

// A supervisor narrows the task list to one unit's subtree (the unit chosen on the dashboard).

let t: TestApp;
let http: ReturnType<typeof asUsers>;
type TaskRow = { assigneeName: string; assigneeUnitId: string };

beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  http = asUsers(t);
});
afterAll(async () => t.close());

describe('GET /tasks?withinUnitId=', () => {
  test('the province sees the tasks of a ward and of the units under it, and no others', async () => {
    const ward = await unitIdByName(http, 'quangninh', 'Cẩm Bình', 'Phường Cẩm Bình');
    const all: TaskRow[] = (await http.get('/api/v1/tasks', 'quangninh')).json().items;
    const res = await http.get(`/api/v1/tasks?withinUnitId=${ward}`, 'quangninh');
    expect(res.statusCode).toBe(200);
    const within: TaskRow[] = res.json().items;
    const names = new Set(within.map((x) => x.assigneeName));
    expect(names).toContain('Phường Cẩm Bình');
    expect(names).toContain('Khu phố 1');
    expect(names).toContain('Bộ phận Văn hóa - Xã hội phường Cẩm Bình');
    expect([...names].every((n) => /Cẩm Bình|^Khu phố/.test(n))).toBe(true);
    // The city's own media centre has tasks too, outside the ward.
    expect(all.some((x) => x.assigneeName.startsWith('Trung tâm Truyền thông'))).toBe(true);
    expect(within.length).toBeLessThan(all.length);
  });

  test('a unit above the reader is not found, as if it did not exist', async () => {
    const city = await unitIdByName(http, 'quangninh', 'Cẩm Phả', 'Thành phố Cẩm Phả');
    const res = await http.get(`/api/v1/tasks?withinUnitId=${city}`, 'cambinh');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
  });

  test('an id that is not a unit id is refused, naming the parameter', async () => {
    const res = await http.get('/api/v1/tasks?withinUnitId=cam-pha', 'quangninh');
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('withinUnitId');
  });
});
