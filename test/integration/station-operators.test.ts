import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { User } from '../../src/domain/accounts/user';
import type { Unit } from '../../src/domain/units/unit';
import { buildWeeklyPlayPlan, CAMPAIGN } from '../support/content-helpers';
import { buildContent, buildTree, buildUnit, SAMPLE } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';
import { formBody, type FormParts } from '../support/upload-form';

// A station belongs to the unit whose area it covers and is played by a unit at or below it; its
// past plays can be imported from a play log, all or nothing, and a second import adds nothing.

let t: TestApp;
const cookies = new Map<string, string>();
// A city; its ward, whose section plays the ward's loudspeakers weekly under the ward's plan; a
// sibling ward; the ward's first khu phố.
const ids = new Map<'ward' | 'section' | 'sibling' | 'city' | 'kp', string>();
const id = (key: 'ward' | 'section' | 'sibling' | 'city' | 'kp') => ids.get(key) ?? '';
const AUDIO_TITLE = `File ghi âm tuyên truyền bầu cử ${SAMPLE}`;
// The province's audio, never sent to the ward, which its stations may still play; a sibling
// ward's, which they may not.
const PROVINCE_TITLE = `Bản tin bầu cử của tỉnh ${SAMPLE}`;
const SIBLING_TITLE = `Bản tin của phường bên cạnh ${SAMPLE}`;
let audioId = '';
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
    `/api/v1/units/${id('section')}/obligations?from=2022-04-01&to=2022-06-15&onlyAssignedTo=true`,
    'ward',
  );
  return res
    .json<{ items: Array<{ key: string; channel: string; done: number }> }>()
    .items.find((p) => p.key === week && p.channel === 'loudspeaker')?.done;
};

let stationId = '';

beforeAll(async () => {
  t = await buildTestApp();
  const tree = await buildTree(t.deps);
  const { district: city, commune: ward } = tree;
  const section: Unit = await buildUnit(t.deps, {
    parent: ward,
    name: 'Bộ phận Văn hóa - Xã hội thử',
    kind: 'agency',
  });
  const sibling = await buildUnit(t.deps, { parent: city, name: 'Phường khác thử' });
  for (const [key, unit] of [
    ['city', city],
    ['ward', ward],
    ['section', section],
    ['sibling', sibling],
    ['kp', tree.village],
  ] as const)
    ids.set(key, unit.id);
  await buildWeeklyPlayPlan(t.deps, ward, section);
  // The city's audio, valid for the whole campaign and sent to the ward, whose log names it.
  audioId = (
    await buildContent(t.deps, city, {
      kind: 'audio',
      status: 'approved',
      title: AUDIO_TITLE,
      validFrom: CAMPAIGN.from,
      sentTo: [ward],
    })
  ).id;
  for (const [owner, title] of [
    [tree.province, PROVINCE_TITLE],
    [sibling, SIBLING_TITLE],
  ] as const)
    await buildContent(t.deps, owner, {
      kind: 'audio',
      status: 'approved',
      title,
      validFrom: CAMPAIGN.from,
    });
  const users: Array<[string, User]> = [
    ['admin', tree.users.province.admin],
    ['ward', tree.users.commune.officer],
  ];
  for (const [who, user] of users) cookies.set(who, await t.login(user.username));
});
afterAll(async () => t.close());

describe('who operates a station', () => {
  test('a unit outside the owner’s subtree cannot operate it, nor one outside the officer’s scope', async () => {
    const base = {
      unitId: id('ward'),
      name: 'Cụm loa thử',
      kind: 'loudspeaker_cluster',
      zones: [],
    };
    const sibling = await call('POST', '/api/v1/stations', 'admin', {
      ...base,
      operatorUnitId: id('sibling'),
    });
    expect(sibling.statusCode).toBe(400);
    expect(sibling.json().errors[0]).toMatchObject({
      path: 'operatorUnitId',
      message: expect.stringContaining('trực thuộc'),
    });
    const above = await call('POST', '/api/v1/stations', 'admin', {
      ...base,
      operatorUnitId: id('city'),
    });
    expect(above.json().errors[0].path).toBe('operatorUnitId');
    const outOfScope = await call('POST', '/api/v1/stations', 'ward', {
      ...base,
      operatorUnitId: id('sibling'),
    });
    expect(outOfScope.statusCode).toBe(404);
    const future = await call('POST', '/api/v1/stations', 'ward', {
      ...base,
      inServiceFrom: '2099-01-01',
    });
    expect(future.json().errors[0].path).toBe('inServiceFrom');
  });

  test('the ward’s station, played by its section, since 01/4/2022', async () => {
    const res = await call('POST', '/api/v1/stations', 'ward', {
      unitId: id('ward'),
      operatorUnitId: id('section'),
      inServiceFrom: '2022-04-01',
      name: 'Cụm loa chợ Cẩm Bình',
      kind: 'loudspeaker_cluster',
      zones: ['Khu phố 3'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().station).toMatchObject({
      unitId: id('ward'),
      operatorUnitId: id('section'),
      inServiceFrom: '2022-04-01',
    });
    stationId = res.json().station.id;
  });
});

describe('a past play log imported from a file', () => {
  test('one bad row saves nothing; each error names its line and column', async () => {
    const before = await sectionWeek('2022-W18');
    // The week is an obligation of the section, not yet met by anything.
    expect(before).toBe(0);
    const res = await importLog('ward', {
      ...csv([
        `03/05/2022 17:00,${AUDIO_TITLE},0:30`,
        `31/03/2022 17:00,${AUDIO_TITLE},0:30`,
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
    const file = csv([`03/05/2022 17:00,${AUDIO_TITLE},0:30`, `05/05/2022 17:00,${AUDIO_TITLE},`]);
    const checked = await importLog('ward', { dryRun: 'true', ...file });
    expect(checked.json()).toMatchObject({ total: 2, recorded: 0, applied: false });
    expect(await sectionWeek('2022-W18')).toBe(before);
    const first = await importLog('ward', file);
    expect(first.json()).toMatchObject({ total: 2, recorded: 2, duplicates: 0, applied: true });
    expect(await sectionWeek('2022-W18')).toBe((before ?? 0) + 2);
    const again = await importLog('ward', file);
    expect(again.json()).toMatchObject({ recorded: 0, duplicates: 2 });
    expect(await sectionWeek('2022-W18')).toBe((before ?? 0) + 2);
    const log = await call(
      'GET',
      `/api/v1/broadcasts/plays?from=2022-05-01&to=2022-05-31&stationId=${stationId}`,
      'ward',
    );
    const items = log.json<{ items: Array<{ playedAt: string; createdAt: string }> }>().items;
    expect(items).toHaveLength(2);
    // Entered today, played in 2022: the log can tell the two apart.
    expect(items.every((p) => p.createdAt.slice(0, 4) > p.playedAt.slice(0, 4))).toBe(true);
  });

  test('a log may name what the station may play: an item of a unit above, not one beside', async () => {
    const before = await sectionWeek('2022-W20');
    const above = await importLog('ward', csv([`17/05/2022 17:00,${PROVINCE_TITLE},0:30`]));
    expect(above.statusCode).toBe(200);
    expect(above.json()).toMatchObject({ total: 1, recorded: 1, applied: true });
    expect(await sectionWeek('2022-W20')).toBe((before ?? 0) + 1);
    const beside = await importLog('ward', csv([`18/05/2022 17:00,${SIBLING_TITLE},0:30`]));
    expect(beside.statusCode).toBe(400);
    expect(beside.json().errors.map((e: { path: string }) => e.path)).toEqual(['rows.2.tai_lieu']);
    expect(await sectionWeek('2022-W20')).toBe((before ?? 0) + 1);
  });

  test('a new operator takes the plays from then on', async () => {
    const kp = id('kp');
    const res = await call('PATCH', `/api/v1/stations/${stationId}`, 'ward', {
      operatorUnitId: kp,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ operatorUnitId: kp });
    const play = await call('POST', '/api/v1/broadcasts/plays', 'ward', {
      stationId,
      contentId: audioId,
      playedAt: '2022-05-10T17:00:00+07:00',
    });
    expect(play.statusCode).toBe(201);
    const acts = await call(
      'GET',
      `/api/v1/activities?unitId=${kp}&from=2022-05-10&to=2022-05-10`,
      'ward',
    );
    expect(acts.json().items[0]).toMatchObject({ unitId: kp, areaUnitId: id('ward') });
  });
});
