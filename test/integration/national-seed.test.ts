import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../../src/db/query-rows';
import { seedNational, type NationalCounts } from '../../src/db/seed/national';
import { NATIONAL_ELECTION } from '../../src/db/seed/national-elections.sql';
import { openedSoFar } from '../support/teardown';
import { buildTestApp, type TestApp } from '../support/test-app';

// The national data set at its smallest: 34 provinces of 3 communes, 6 villages each.
let t: TestApp;
const opened = openedSoFar();
let counts: NationalCounts;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await opened.open(
    buildTestApp({
      prepare: async (database, deps) => {
        counts = await seedNational(database.db, deps, {
          scale: 0.03,
          villagesPerCommune: 6,
          activitiesPerVillage: 10,
        });
      },
    }),
  );
  for (const u of ['admin', 'lanhdao.t01', 't01', 't01.x0001']) cookies[u] = await t.login(u);
});
afterAll(() => opened.closeAll());

const get = async <T = Record<string, unknown>>(who: string, url: string): Promise<T> => {
  const res = await t.app.inject({ url, headers: { cookie: cookies[who] ?? '' } });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json<T>();
};
const me = (who: string) => get<{ unit: { id: string; name: string } }>(who, '/api/v1/me');

describe('the national data set', () => {
  test('has its shape and counts what it made', () => {
    expect(counts).toMatchObject({ provinces: 34, communes: 102, villages: 612, claims: 68 });
    expect(counts.stations).toBe(34 + 102);
    expect(counts.broadcastSlots).toBe(34 + 2 * 102);
    for (const n of [
      'activities',
      'reports',
      'contentItems',
      'contentRecipients',
      'plays',
    ] as const)
      expect(counts[n]).toBeGreaterThan(0);
  });

  test('a commune officer signs in and sees the plan of every level above, activities and reports', async () => {
    const plans = await get<{ items: Array<{ scope: string; unitName: string }> }>(
      't01.x0001',
      '/api/v1/plans',
    );
    expect(plans.items.map((p) => `${p.scope} ${p.unitName}`).sort()).toEqual([
      'above Toàn quốc',
      'above Tỉnh 01',
      'own Xã 0001/01',
    ]);
    const activities = await get<{ total: number }>('t01.x0001', '/api/v1/activities?pageSize=1');
    expect(activities.total).toBeGreaterThan(0);
    const province = await me('t01');
    const grid = await get<{ rows: Array<{ cells: Array<{ state: string }> }> }>(
      't01',
      `/api/v1/reports/grid?unitId=${province.unit.id}&weeks=12&endDay=2026-03-29`,
    );
    expect(grid.rows).toHaveLength(3);
    expect(grid.rows.flatMap((r) => r.cells).some((c) => c.state === 'on_time')).toBe(true);
  });

  test('content sent down reaches a commune, mostly acknowledged, with its audio file', async () => {
    const { items } = await get<{
      items: Array<{
        id: string;
        kind: string;
        own: boolean;
        file: unknown;
        received: { acknowledgedAt: string | null } | null;
      }>;
    }>('t01.x0001', '/api/v1/content?pageSize=200');
    const received = items.filter((i) => !i.own && i.received);
    expect(received.length).toBeGreaterThanOrEqual(10);
    expect(received.some((i) => i.received?.acknowledgedAt)).toBe(true);
    const audio = received.find((i) => i.kind === 'audio' && i.file);
    if (!audio) throw new Error('no audio received');
    const file = await t.app.inject({
      url: `/api/v1/content/${audio.id}/file`,
      headers: { cookie: cookies['t01.x0001'] ?? '' },
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('audio/wav');
  });

  test('a commune has its loudspeakers, a week of slots and the plays logged (a few missed)', async () => {
    const stations = await get<{ items: Array<{ id: string; name: string; zones: string[] }> }>(
      't01.x0001',
      '/api/v1/stations',
    );
    expect(stations.items).toHaveLength(1);
    expect(stations.items[0]?.zones).toHaveLength(6);
    const week = 'from=2026-03-09&to=2026-03-15';
    const schedule = await get<{ plays: unknown[] }>(
      't01.x0001',
      `/api/v1/broadcasts/schedule?${week}`,
    );
    expect(schedule.plays).toHaveLength(7 * 2 + 3);
    const plays = await get<{ items: unknown[] }>('t01.x0001', `/api/v1/broadcasts/plays?${week}`);
    expect(plays.items.length).toBeGreaterThan(10);
    expect(plays.items.length).toBeLessThanOrEqual(17);
  });

  test('a province reviewer lists its communes’ claims; corrections are published', async () => {
    const { items, total } = await get<{
      items: Array<{ unitPath: string; groupId: string; platform: string }>;
      total: number;
    }>('lanhdao.t01', '/api/v1/claims');
    expect(total).toBe(2);
    expect(new Set(items.map((c) => c.groupId)).size).toBe(1);
    const corrected = await get<{ items: Array<{ groupId: string; correctionId: string }> }>(
      'admin',
      '/api/v1/claims?status=corrected&pageSize=200',
    );
    expect(corrected.items.length).toBeGreaterThan(0);
    for (const c of corrected.items.slice(0, 3)) {
      const item = await get<{ publishedAt: string | null; claimId: string }>(
        'admin',
        `/api/v1/content/${c.correctionId}`,
      );
      expect(item.publishedAt).not.toBeNull();
      expect(item.claimId).toBe(c.groupId);
    }
  });

  test('the portal page of a random village shows candidates and published news', async () => {
    const [village] = await queryRows<{ id: string }>(
      t.database.db,
      sql`select id from units where kind = 'village' order by random() limit 1`,
    );
    const page = await t.app.inject(`/bau-cu/${NATIONAL_ELECTION.slug}/${village?.id ?? ''}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Người ứng cử mẫu số 1');
    expect(page.body).toContain('Những điều cử tri cần biết khi đến khu vực bỏ phiếu');
    expect(page.body).toContain('sẵn sàng cho ngày bầu cử 15/3/2026');
    // Every second commune published its own news.
    const [inX2] = await queryRows<{ id: string }>(
      t.database.db,
      sql`select v.id from units v join units c on c.id = v.parent_id where c.code = 'T01-X0002' limit 1`,
    );
    const own = await t.app.inject(`/bau-cu/${NATIONAL_ELECTION.slug}/${inX2?.id ?? ''}`);
    expect(own.body).toContain('Xã 0002/01 tổ chức hội nghị tiếp xúc cử tri');
  });
});
