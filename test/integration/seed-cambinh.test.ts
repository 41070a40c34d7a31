import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CAMBINH_STATION } from '../../src/db/seed/demo-cambinh-broadcasts';
import { DEMO_AUDIO_TITLE } from '../../src/db/seed/demo-content';
import { query } from '../support/db-state';
import { buildTestApp, type TestApp } from '../support/test-app';

// Seed 000, 51/KH-UBND of phường Cẩm Bình: "Bộ phận Văn hóa Xã hội … Tiếp nhận file ghi âm … của
// Trung tâm truyền thông và văn hóa thành phố để phát trên hệ thống Loa truyền thanh của phường.
// Duy trì thường xuyên với tần suất tối thiểu 01 lần/tuần", from 01/4/2022 to 15/6/2022. The demo
// builds that world through the use cases; this checks it holds what the document says.

let t: TestApp;
let cookie = '';
const ids: Record<'cambinh' | 'vhxh', string> = { cambinh: '', vhxh: '' };
const RANGE = 'from=2022-04-01&to=2022-06-15';
const get = async <T>(url: string): Promise<T> => {
  const res = await t.app.inject({ url, headers: { cookie } });
  expect(res.statusCode, url).toBe(200);
  return res.json<T>();
};

interface Period {
  key: string;
  channel: string | null;
  status: string;
  done: number;
  taskTitle: string;
  assigneeUnitId: string;
}
interface ActivityItem {
  unitId: string;
  unitName: string;
  areaUnitId: string | null;
  areaName: string | null;
  occurredOn: string;
  title: string | null;
  source: string;
  createdAt: string;
}

beforeAll(async () => {
  // The demo's own test: the Cẩm Bình seed reproduced as written.
  t = await buildTestApp({ demo: true });
  cookie = await t.login('cambinh');
  const rows = await query(
    t.database,
    `select id, name from units where name in ('Phường Cẩm Bình', 'Bộ phận Văn hóa - Xã hội phường Cẩm Bình')`,
  );
  for (const r of rows) ids[r.name === 'Phường Cẩm Bình' ? 'cambinh' : 'vhxh'] = String(r.id);
});
afterAll(async () => t.close());

/** The ISO weeks (Monday … Sunday) that overlap 01/4–15/6/2022: 2022-W13 to 2022-W24. */
const WEEKS = Array.from({ length: 12 }, (_, i) => `2022-W${13 + i}`);

describe('Cẩm Bình, plan 51/KH-UBND: the ward’s loudspeakers played by the Bộ phận VHXH', () => {
  test('the section’s weekly loudspeaker duty is met in every week from 01/4 to 15/6/2022', async () => {
    const { items } = await get<{ items: Period[] }>(
      `/api/v1/units/${ids.vhxh}/obligations?${RANGE}&onlyAssignedTo=true`,
    );
    const duty = items.filter(
      (p) => p.channel === 'loudspeaker' && p.taskTitle.includes('tối thiểu 01 lần/tuần'),
    );
    expect(duty.map((p) => p.key)).toEqual(WEEKS);
    for (const week of duty) {
      expect(week.assigneeUnitId).toBe(ids.vhxh);
      expect(week.status, week.key).toBe('met');
      expect(week.done, week.key).toBeGreaterThanOrEqual(1);
    }
  });

  test('it is met by plays on the ward’s station, operated by the section', async () => {
    const stations = await get<{
      items: Array<{ name: string; unitId: string; operatorUnitId: string; operatorName: string }>;
    }>('/api/v1/stations');
    const station = stations.items.find((s) => s.name === CAMBINH_STATION);
    expect(station).toMatchObject({
      unitId: ids.cambinh,
      operatorUnitId: ids.vhxh,
      operatorName: 'Bộ phận Văn hóa - Xã hội phường Cẩm Bình',
    });
    const log = await get<{ items: Array<{ stationName: string; contentTitle: string }> }>(
      `/api/v1/broadcasts/plays?${RANGE}`,
    );
    const plays = log.items.filter((p) => p.stationName === CAMBINH_STATION);
    expect(plays).toHaveLength(WEEKS.length);
    expect(plays.every((p) => p.contentTitle === DEMO_AUDIO_TITLE)).toBe(true);
  });

  test('each play is an activity of the section in the ward’s area, entered after the fact, marked sample data', async () => {
    const acts = await get<{ items: ActivityItem[]; total: number }>(
      `/api/v1/activities?${RANGE}&channel=loudspeaker&pageSize=100`,
    );
    const plays = acts.items.filter((a) => a.source === 'broadcast');
    expect(plays).toHaveLength(WEEKS.length);
    for (const a of plays) {
      expect(a).toMatchObject({
        unitId: ids.vhxh,
        areaUnitId: ids.cambinh,
        areaName: 'Phường Cẩm Bình',
      });
      expect(a.title).toContain(CAMBINH_STATION);
      expect(a.title).toContain('(dữ liệu mẫu)');
      // Entered now, about a campaign of 2022: the list can say when each was entered.
      expect(a.createdAt.slice(0, 10) > a.occurredOn).toBe(true);
    }
  });

  test('the ward’s roll-up holds the section’s plays', async () => {
    const figures = await get<{
      rows: Array<{ channel: string; categoryCode: string; quantity: number }>;
      children: Array<{ unitId: string; rows: Array<{ channel: string; quantity: number }> }>;
    }>(`/api/v1/units/${ids.cambinh}/figures?${RANGE}`);
    const plays = figures.rows.find(
      (r) => r.channel === 'loudspeaker' && r.categoryCode === 'luot_phat',
    );
    expect(plays?.quantity).toBe(WEEKS.length);
    const section = figures.children.find((c) => c.unitId === ids.vhxh);
    expect(section?.rows.find((r) => r.channel === 'loudspeaker')?.quantity).toBe(WEEKS.length);
  });
});
