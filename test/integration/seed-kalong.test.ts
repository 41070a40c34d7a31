import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../support/test-app';

// Seed 004: "Phường Ka Long: Triển khai công tác bầu cử Trưởng khu phố nhiệm kỳ 2022 - 2025"
// (25/05/2022). The demo world is built through the use cases; this reads it as its officials do.
let t: TestApp;
const c = new Map<string, string>();
type Item = Record<string, unknown>;
type Json = { items: Item[] };

beforeAll(async () => {
  // The demo's own test: the Ka Long seed reproduced as written.
  t = await buildTestApp({ demo: true });
  for (const who of ['kalong', 'lanhdao.kalong', 'quangninh']) c.set(who, await t.login(who));
});
afterAll(async () => t.close());

const get = (url: string, who: string) =>
  t.app.inject({ method: 'GET', url, headers: { cookie: c.get(who) ?? '' } });

async function kaLongElection(who: string) {
  const e = (await get('/api/v1/elections', who))
    .json<Json>()
    .items.find((x) => x.slug === 'village-head.quang-ninh.2022-06-05');
  if (!e) throw new Error('no 2022 village-head election');
  return e;
}

describe('Ka Long (seed 004)', () => {
  test('the province-wide election of Trưởng thôn, bản, khu phố 2022 - 2025 on Sunday 05/6/2022, voted by household representatives', async () => {
    const e = await kaLongElection('kalong');
    expect(e).toMatchObject({
      type: 'VILLAGE_HEAD',
      name: 'Bầu cử Trưởng thôn, bản, khu phố nhiệm kỳ 2022 - 2025',
      term: '2022-2025',
      electionDay: '2022-06-05',
      voterBasis: 'households',
    });
    expect(new Date('2022-06-05T00:00:00Z').getUTCDay()).toBe(0);
    const province = (await get('/api/v1/units?search=quang%20ninh', 'quangninh')).json<Json>()
      .items[0];
    expect(e.unitId).toBe(province?.id);
  });

  test('the ward has six khu phố and a leader, Lê Văn Vĩnh', async () => {
    const me = await get('/api/v1/me', 'lanhdao.kalong');
    expect(me.body).toContain('Lê Văn Vĩnh');
    const units = (await get('/api/v1/units?search=khu%20pho', 'kalong')).json<Json>().items;
    expect(units.map((u) => u.name).sort()).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Khu phố ${n}`));
  });

  test('each khu phố posted its list of household representatives with a photo; the ward sees all six', async () => {
    const e = await kaLongElection('lanhdao.kalong');
    const list = (
      await get(`/api/v1/elections/${String(e.id)}/milestones`, 'lanhdao.kalong')
    ).json<Json>().items;
    const posting = list.find(
      (m) => m.title === 'Niêm yết danh sách cử tri đại diện hộ gia đình tại các nhà văn hóa khu',
    );
    expect(posting).toMatchObject({
      perSubUnit: true,
      own: true,
      status: 'done',
      subUnits: { done: 6, total: 6 },
    });
    const base = `/api/v1/elections/${String(e.id)}/milestones/${String(posting?.id)}/sub-units`;
    const rows = (await get(base, 'lanhdao.kalong')).json<Json>().items;
    expect(rows.map((r) => r.unitName)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Khu phố ${n}`));
    for (const r of rows) {
      expect(r).toMatchObject({ hasPhoto: true });
      expect(r.doneOn).not.toBeNull();
      expect(String(r.note)).toContain('Ảnh mẫu (dữ liệu mẫu)');
      const photo = await get(`${base}/${String(r.unitId)}/photo`, 'lanhdao.kalong');
      expect(photo.statusCode).toBe(200);
      expect(photo.headers['content-type']).toBe('image/png');
    }
    // The later step, the meetings of 05/6, is not yet marked: the ward sees all six as "chưa".
    const meeting = list.find((m) => m.perSubUnit && m.dueOn === '2022-06-05');
    expect(meeting?.subUnits).toEqual({ done: 0, total: 6 });
  });
});
