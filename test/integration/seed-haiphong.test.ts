import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openedSoFar } from '../support/teardown';
import { buildTestApp, type TestApp } from '../support/test-app';

/**
 * Seed 003 (Hải Phòng, 27/4/2021): the Tổ công tác tuyên truyền, rebuilt through the use cases by
 * the demo seed, is a working group whose members must report weekly and who carry its tasks.
 */
let t: TestApp;
const opened = openedSoFar();
const cookies = new Map<string, string>();

beforeAll(async () => {
  // The demo's own test: the Hải Phòng seed reproduced as written.
  t = await opened.open(buildTestApp({ demo: true }));
  for (const who of ['admin', 'tct.haiphong', 'btg.haiphong']) cookies.set(who, await t.login(who));
});
afterAll(() => opened.closeAll());

const get = (url: string, who: string) =>
  t.app.inject({ url, headers: { cookie: cookies.get(who) ?? '' } });

async function unitId(search: string): Promise<string> {
  const res = await get(`/api/v1/units?search=${encodeURIComponent(search)}`, 'admin');
  const id: unknown = res.json().items[0]?.id;
  if (typeof id !== 'string') throw new Error(`no unit for ${search}`);
  return id;
}

describe('Hải Phòng’s Tổ công tác', () => {
  test('is a working group whose sample members are marked as sample data', async () => {
    const group = await unitId('to cong tac tuyen truyen ve bau cu');
    const members = (await get(`/api/v1/groups/${group}/members`, 'tct.haiphong')).json();
    expect(
      members.items.map((m: { member: { name: string }; role: string }) => [m.member.name, m.role]),
    ).toEqual([
      ['Ban Tuyên giáo Thành ủy Hải Phòng', 'Thành viên (dữ liệu mẫu)'],
      ['Sở Thông tin và Truyền thông thành phố Hải Phòng', 'Thành viên (dữ liệu mẫu)'],
      ['Ủy ban MTTQ Việt Nam thành phố Hải Phòng', 'Thành viên (dữ liệu mẫu)'],
    ]);
  });

  test('the grid shows its members as required to report weekly in đợt 2', async () => {
    const group = await unitId('to cong tac tuyen truyen ve bau cu');
    const res = await get(
      `/api/v1/reports/grid?unitId=${group}&fromWeek=2021-W17&toWeek=2021-W20`,
      'tct.haiphong',
    );
    expect(res.statusCode).toBe(200);
    const grid = res.json();
    expect(grid.weeks[0].label).toBe('Tuần 17 (26/04–02/05/2021)');
    expect(grid.rows.map((r: { unitName: string }) => r.unitName)).toEqual([
      'Ban Tuyên giáo Thành ủy Hải Phòng',
      'Sở Thông tin và Truyền thông thành phố Hải Phòng',
      'Ủy ban MTTQ Việt Nam thành phố Hải Phòng',
    ]);
    for (const row of grid.rows) {
      expect(row.ownerName).toBe('Tổ công tác tuyên truyền về bầu cử thành phố Hải Phòng');
      expect(row.cells.every((c: { state: string }) => c.state === 'missing')).toBe(true);
    }
  });

  test('a member carries the task the Tổ gave it, from the Tổ’s own plan', async () => {
    const tasks = (await get('/api/v1/tasks', 'btg.haiphong')).json().items;
    expect(tasks).toHaveLength(1);
    expect(tasks[0].issuerName).toBe('Tổ công tác tuyên truyền về bầu cử thành phố Hải Phòng');
    expect(tasks[0].title).toContain('tiêu chuẩn đại biểu Quốc hội');
    const plan = await get(`/api/v1/plans/${tasks[0].planId}`, 'btg.haiphong');
    expect(plan.statusCode).toBe(200);
  });
});
