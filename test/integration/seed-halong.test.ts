import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { figurePhrase } from '../../src/domain/activities/figures';
import { phaseReportKey } from '../../src/domain/reports/phase-key';
import { openedSoFar } from '../support/teardown';
import { buildTestApp, type TestApp } from '../support/test-app';

/**
 * Seed 002 (Hạ Long, sơ kết of 26/3/2021), rebuilt through the use cases by the demo seed: the
 * Tiểu ban tuyên truyền is a working group of the bodies the document names; its members must
 * report weekly; its sơ kết of phase 1 is its own document, dated 26/3/2021, and carries the
 * members' figures exactly as the document states them.
 */
let t: TestApp;
const opened = openedSoFar();
const cookies = new Map<string, string>();

beforeAll(async () => {
  // The demo's own test: the Hạ Long seed reproduced as written.
  t = await opened.open(buildTestApp({ demo: true }));
  for (const who of ['admin', 'tbtt.halong', 'btg.halong']) cookies.set(who, await t.login(who));
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

describe('Hạ Long’s Tiểu ban tuyên truyền', () => {
  test('is a working group of the four bodies the sơ kết names', async () => {
    const group = await unitId('tieu ban tuyen truyen');
    const res = await get(`/api/v1/groups/${group}/members`, 'tbtt.halong');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((m: { member: { name: string } }) => m.member.name)).toEqual(
      expect.arrayContaining([
        'Ban Tuyên giáo Thành ủy Hạ Long',
        'Phòng Văn hóa và Thông tin thành phố Hạ Long',
        'Trung tâm Truyền thông và Văn hóa thành phố Hạ Long',
        'Ủy ban MTTQ Việt Nam thành phố Hạ Long',
      ]),
    );
    expect(res.json().items).toHaveLength(4);
  });

  test('its weekly grid lists its members, owing their reports to the Tiểu ban', async () => {
    const group = await unitId('tieu ban tuyen truyen');
    const res = await get(
      `/api/v1/reports/grid?unitId=${group}&fromWeek=2021-W10&toWeek=2021-W12`,
      'tbtt.halong',
    );
    expect(res.statusCode).toBe(200);
    const rows = res.json().rows as Array<{ unitName: string; ownerName: string | null }>;
    expect(rows.map((r) => r.unitName).sort()).toEqual(
      [
        'Ban Tuyên giáo Thành ủy Hạ Long',
        'Phòng Văn hóa và Thông tin thành phố Hạ Long',
        'Trung tâm Truyền thông và Văn hóa thành phố Hạ Long',
        'Ủy ban MTTQ Việt Nam thành phố Hạ Long',
      ].sort(),
    );
  });

  test('its members owe no report once the campaign it was set up for is over', async () => {
    const group = await unitId('tieu ban tuyen truyen');
    const res = await get(
      `/api/v1/reports/grid?unitId=${group}&fromWeek=2021-W21&toWeek=2021-W22`,
      'tbtt.halong',
    );
    const rows = res.json().rows as Array<{ cells: Array<{ week: string; state: string }> }>;
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row.cells.find((c) => c.week === '2021-W21')?.state).not.toBe('not_required');
      expect(row.cells.find((c) => c.week === '2021-W22')?.state).toBe('not_required');
    }
  });

  test('its sơ kết of phase 1 is its own, dated 26/3/2021, with the figures as the document states them', async () => {
    const group = await unitId('tieu ban tuyen truyen');
    const [report] = await t.deps.repos.reports.findFor([group], 'phase', [
      phaseReportKey('Đợt 1', '2021-01-18', '2021-03-25'),
    ]);
    expect(report).toMatchObject({ unitId: group, issuedOn: '2021-03-26', number: 1 });
    const phrases = (report?.figures ?? []).map(figurePhrase);
    expect(phrases).toEqual(
      expect.arrayContaining([
        'trên 170 tin, bài (mạng xã hội)',
        'trên 60 tin, bài phản bác thông tin sai trái (mạng xã hội)',
        '51 tin, bài (cổng thông tin điện tử)',
        '84 tin, bài (phát thanh, truyền hình)',
        '53 tin, bài (mạng xã hội, fanpage “Truyền hình Hạ Long”)',
      ]),
    );
    // Nothing the document does not state: 84 is never split into radio and television parts.
    expect(phrases).toHaveLength(5);
  });

  test('the summary page shows the phase as issued, with its number and date', async () => {
    const group = await unitId('tieu ban tuyen truyen');
    const res = await get(
      `/api/v1/reports/summary?unitId=${group}&phase=${encodeURIComponent('Đợt 1')}`,
      'tbtt.halong',
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().issued).toEqual({
      reportId: expect.any(String),
      number: 1,
      issuedOn: '2021-03-26',
    });
    const next = await get(
      `/api/v1/reports/summary?unitId=${group}&phase=${encodeURIComponent('Đợt 2')}`,
      'tbtt.halong',
    );
    expect(next.json().issued).toBeNull();
  });

  test('a member cannot read the Tiểu ban’s membership', async () => {
    const group = await unitId('tieu ban tuyen truyen');
    const res = await get(`/api/v1/groups/${group}/members`, 'btg.halong');
    expect(res.statusCode).toBe(404);
  });
});
