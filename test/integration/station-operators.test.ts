import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_AUDIO_TITLE } from '../../src/db/seed/demo-content';
import { query } from '../support/db-state';
import { buildTestApp, type TestApp } from '../support/test-app';
import { formBody, type FormParts } from '../support/upload-form';

// A station belongs to the unit whose area it covers and is played by a unit at or below it; its
// past plays can be imported from a play log, all or nothing, and a second import adds nothing.

let t: TestApp;
const cookies = new Map<string, string>();
const ids = new Map<string, string>();
const NAMES = {
  cambinh: 'Phường Cẩm Bình',
  vhxh: 'Bộ phận Văn hóa - Xã hội phường Cẩm Bình',
  kalong: 'Phường Ka Long',
  campha: 'Thành phố Cẩm Phả',
};
const id = (key: keyof typeof NAMES) => ids.get(key) ?? '';
const call = (method: 'GET' | 'POST' | 'PATCH', url: string, who: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    headers: { cookie: cookies.get(who) ?? '' },
    ...(payload ? { payload } : {}),
  });
const csv = (rows: string[]) => ({
  file: {
    name: 'nhat-ky-phat.csv',
    bytes: Buffer.from(['thoi_diem_phat,tai_lieu,thoi_luong', ...rows].join('\n')),
  },
});
/** Sends a play log as the web's upload form does. */
const importLog = async (who: string, parts: FormParts) => {
  const form = await formBody(parts);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/stations/${stationId}/plays/import`,
    headers: { cookie: cookies.get(who) ?? '', ...form.headers },
    payload: form.payload,
  });
};
const sectionWeek = async (week: string) => {
  const res = await call(
    'GET',
    `/api/v1/units/${id('vhxh')}/obligations?from=2022-04-01&to=2022-06-15&onlyAssignedTo=true`,
    'cambinh',
  );
  return res
    .json<{ items: Array<{ key: string; channel: string; done: number }> }>()
    .items.find((p) => p.key === week && p.channel === 'loudspeaker')?.done;
};

let stationId = '';

beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  for (const who of ['admin', 'cambinh']) cookies.set(who, await t.login(who));
  for (const [key, name] of Object.entries(NAMES)) {
    const [row] = await query(t.database, `select id from units where name = '${name}'`);
    ids.set(key, String(row?.id));
  }
});
afterAll(async () => t.close());

describe('who operates a station', () => {
  test('a unit outside the owner’s subtree cannot operate it, nor one outside the officer’s scope', async () => {
    const base = {
      unitId: id('cambinh'),
      name: 'Cụm loa thử',
      kind: 'loudspeaker_cluster',
      zones: [],
    };
    const sibling = await call('POST', '/api/v1/stations', 'admin', {
      ...base,
      operatorUnitId: id('kalong'),
    });
    expect(sibling.statusCode).toBe(400);
    expect(sibling.json().errors[0]).toMatchObject({
      path: 'operatorUnitId',
      message: expect.stringContaining('trực thuộc'),
    });
    const above = await call('POST', '/api/v1/stations', 'admin', {
      ...base,
      operatorUnitId: id('campha'),
    });
    expect(above.json().errors[0].path).toBe('operatorUnitId');
    const outOfScope = await call('POST', '/api/v1/stations', 'cambinh', {
      ...base,
      operatorUnitId: id('kalong'),
    });
    expect(outOfScope.statusCode).toBe(404);
    const future = await call('POST', '/api/v1/stations', 'cambinh', {
      ...base,
      inServiceFrom: '2099-01-01',
    });
    expect(future.json().errors[0].path).toBe('inServiceFrom');
  });

  test('the ward’s station, played by its section, since 01/4/2022', async () => {
    const res = await call('POST', '/api/v1/stations', 'cambinh', {
      unitId: id('cambinh'),
      operatorUnitId: id('vhxh'),
      inServiceFrom: '2022-04-01',
      name: 'Cụm loa chợ Cẩm Bình',
      kind: 'loudspeaker_cluster',
      zones: ['Khu phố 3'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().station).toMatchObject({
      unitId: id('cambinh'),
      operatorUnitId: id('vhxh'),
      inServiceFrom: '2022-04-01',
    });
    stationId = res.json().station.id;
  });
});

describe('a past play log imported from a file', () => {
  test('one bad row saves nothing; each error names its line and column', async () => {
    const before = await sectionWeek('2022-W18');
    const res = await importLog('cambinh', {
      ...csv([
        `03/05/2022 17:00,${DEMO_AUDIO_TITLE},0:30`,
        `31/03/2022 17:00,${DEMO_AUDIO_TITLE},0:30`,
        `04/05/2022 7h,Bài không có,30`,
      ]),
    });
    expect(res.statusCode).toBe(400);
    const errors = res.json<{ errors: Array<{ path: string; message: string }> }>().errors;
    expect(errors.map((e) => e.path)).toEqual([
      'rows.3.thoi_diem_phat',
      'rows.4.thoi_diem_phat',
      'rows.4.tai_lieu',
    ]);
    expect(errors[0]?.message).toContain('Ngày bắt đầu hoạt động');
    expect(errors[0]?.message).toMatch(/^Dòng 3, cột thoi_diem_phat:/);
    expect(await sectionWeek('2022-W18')).toBe(before);
  });

  test('a good log counts for the section’s weeks; importing it again adds nothing', async () => {
    const before = await sectionWeek('2022-W18');
    const file = csv([
      `03/05/2022 17:00,${DEMO_AUDIO_TITLE},0:30`,
      `05/05/2022 17:00,${DEMO_AUDIO_TITLE},`,
    ]);
    const checked = await importLog('cambinh', { dryRun: 'true', ...file });
    expect(checked.json()).toMatchObject({ total: 2, recorded: 0, applied: false });
    expect(await sectionWeek('2022-W18')).toBe(before);
    const first = await importLog('cambinh', file);
    expect(first.json()).toMatchObject({ total: 2, recorded: 2, duplicates: 0, applied: true });
    expect(await sectionWeek('2022-W18')).toBe((before ?? 0) + 2);
    const again = await importLog('cambinh', file);
    expect(again.json()).toMatchObject({ recorded: 0, duplicates: 2 });
    expect(await sectionWeek('2022-W18')).toBe((before ?? 0) + 2);
    const log = await call(
      'GET',
      `/api/v1/broadcasts/plays?from=2022-05-01&to=2022-05-31&stationId=${stationId}`,
      'cambinh',
    );
    const items = log.json<{ items: Array<{ playedAt: string; createdAt: string }> }>().items;
    expect(items).toHaveLength(2);
    // Entered today, played in 2022: the log can tell the two apart.
    expect(items.every((p) => p.createdAt.slice(0, 4) > p.playedAt.slice(0, 4))).toBe(true);
  });

  test('a new operator takes the plays from then on', async () => {
    const khuPho = await query(
      t.database,
      `select id from units where parent_id = '${id('cambinh')}' and kind <> 'agency' order by name limit 1`,
    );
    const kp = String(khuPho[0]?.id);
    const res = await call('PATCH', `/api/v1/stations/${stationId}`, 'cambinh', {
      operatorUnitId: kp,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ operatorUnitId: kp });
    const play = await call('POST', '/api/v1/broadcasts/plays', 'cambinh', {
      stationId,
      contentId: (
        await query(t.database, `select id from content_items where title = '${DEMO_AUDIO_TITLE}'`)
      )[0]?.id,
      playedAt: '2022-05-10T17:00:00+07:00',
    });
    expect(play.statusCode).toBe(201);
    const acts = await call(
      'GET',
      `/api/v1/activities?unitId=${kp}&from=2022-05-10&to=2022-05-10`,
      'cambinh',
    );
    expect(acts.json().items[0]).toMatchObject({ unitId: kp, areaUnitId: id('cambinh') });
  });
});
