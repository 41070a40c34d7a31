import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { User } from '../../src/domain/accounts/user';
import { toneWav } from '../../src/domain/content/wav';
import { civilDate } from '../../src/domain/shared/dates';
import { addDays, weekStart } from '../../src/domain/shared/calendar';
import type { Unit } from '../../src/domain/units/unit';
import { buildWeeklyPlayPlan, CAMPAIGN, signedIn } from '../support/content-helpers';
import {
  buildContent,
  buildSlot,
  buildStation,
  buildTree,
  buildUnit,
  buildUser,
  SAMPLE,
  type BuiltStation,
} from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let s: ReturnType<typeof signedIn>;
let audioId = '';
let cluster: BuiltStation;
// The cluster's weekly slot: another station's plays may not claim it.
let slotId = '';
// A city whose plan asks its ward to play the loudspeakers weekly, and the ward's plan asking its
// section the same; the ward's cluster, played by the section, on a weekly slot; a sibling ward.
const AUDIO_TITLE = `File ghi âm tuyên truyền bầu cử ${SAMPLE}`;
let ward: Unit, section: Unit, sibling: Unit;
let officer: User, neighbour: User;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const device = (
  method: 'GET' | 'POST',
  url: string,
  token: string,
  payload?: object,
  headers: Record<string, string> = {},
) =>
  t.app.inject({
    method,
    url: `/api/v1/device/${url}`,
    headers: { ...bearer(token), ...headers },
    ...(payload ? { payload } : {}),
  });
const RANGE = 'from=2022-04-01&to=2022-06-15';

beforeAll(async () => {
  t = await buildTestApp();
  s = signedIn(t);
  const tree = await buildTree(t.deps);
  const city = tree.district;
  ward = tree.commune;
  section = await buildUnit(t.deps, { parent: ward, name: 'Bộ phận VH-XH thử', kind: 'agency' });
  sibling = await buildUnit(t.deps, { parent: city, name: 'Phường khác thử' });
  officer = tree.users.commune.officer;
  neighbour = await buildUser(t.deps, sibling, { role: 'officer' });
  await buildWeeklyPlayPlan(t.deps, city, ward);
  await buildWeeklyPlayPlan(t.deps, ward, section);
  audioId = (
    await buildContent(t.deps, city, {
      kind: 'audio',
      title: AUDIO_TITLE,
      validFrom: CAMPAIGN.from,
      file: { name: 'tuyen-truyen.wav', bytes: toneWav(30) },
      status: 'approved',
      sentTo: [ward, sibling],
    })
  ).id;
  cluster = await buildStation(t.deps, ward, {
    operator: section,
    inServiceFrom: '2022-03-01',
    author: officer,
  });
  // A radio station whose controller never calls in.
  await buildStation(t.deps, ward, { kind: 'radio', author: officer });
  slotId = (await buildSlot(t.deps, [cluster.station], audioId, { author: officer })).id;
});
afterAll(async () => t.close());

const weekOf = async (of: Unit, week: string) => {
  const items = (
    await s.call('GET', `/api/v1/units/${of.id}/obligations?${RANGE}&onlyAssignedTo=true`, officer)
  ).json().items;
  return items.find(
    (p: { key: string; channel: string }) => p.key === week && p.channel === 'loudspeaker',
  ) as { status: string; done: number };
};

describe('device API for loudspeaker controllers', () => {
  test('the schedule comes with audio URLs and an ETag; unchanged → 304', async () => {
    const first = await device('GET', 'schedule?days=7', cluster.token);
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(body.stationName).toBe(cluster.station.name);
    // Weekly on Monday, Wednesday and Friday at 06:30 and 17:00: 3 days × 2 times in any 7 days.
    expect(body.items.length).toBeGreaterThanOrEqual(4);
    expect(body.items.every((i: { time: string }) => ['06:30', '17:00'].includes(i.time))).toBe(
      true,
    );
    const audio = await t.app.inject({
      url: new URL(body.items[0].audioUrl).pathname,
      headers: bearer(cluster.token),
    });
    expect(audio.statusCode).toBe(200);
    expect(audio.headers['content-type']).toBe('audio/wav');
    const again = await device('GET', 'schedule?days=7', cluster.token, undefined, {
      'if-none-match': first.headers.etag as string,
    });
    expect(again.statusCode).toBe(304);
    expect((await device('GET', 'schedule', 'not-a-token')).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/v1/device/schedule' })).statusCode).toBe(401);
  });

  test("a play counts at once towards the weekly tasks of the ward's plan (its section) and the city's plan (the ward); a retry never counts twice", async () => {
    const sectionBefore = (await weekOf(section, '2022-W16')).done;
    const wardBefore = (await weekOf(ward, '2022-W16')).done;
    // Nothing has met the week yet: the one play must, for both.
    expect([sectionBefore, wardBefore]).toEqual([0, 0]);
    const play = {
      id: 'kp1-2022-04-19-0630',
      contentId: audioId,
      playedAt: '2022-04-19T06:30:00+07:00',
      durationSeconds: 30,
    };
    const res = await device('POST', 'plays', cluster.token, { plays: [play] });
    expect(res.json()).toMatchObject({ recorded: 1, duplicates: 0, rejected: 0 });
    expect(await weekOf(section, '2022-W16')).toMatchObject({
      status: 'met',
      done: sectionBefore + 1,
    });
    expect(await weekOf(ward, '2022-W16')).toMatchObject({
      status: 'met',
      done: wardBefore + 1,
    });
    const replay = await device('POST', 'plays', cluster.token, { plays: [play] });
    expect(replay.json()).toMatchObject({
      recorded: 0,
      duplicates: 1,
      results: [{ id: play.id, status: 'duplicate' }],
    });
    const acts = (
      await s.call(
        'GET',
        `/api/v1/activities?unitId=${section.id}&from=2022-04-18&to=2022-04-24&channel=loudspeaker`,
        officer,
      )
    ).json();
    const onCluster = acts.items.filter((a: { title: string }) =>
      a.title.includes(cluster.station.name),
    );
    expect(onCluster).toHaveLength(1);
    expect(onCluster[0]).toMatchObject({
      channel: 'loudspeaker',
      categoryCode: 'luot_phat',
      quantity: 1,
      source: 'broadcast',
    });
    // The retry left the week as the first play made it.
    expect((await weekOf(section, '2022-W16')).done).toBe(sectionBefore + 1);
  });

  test('a play in the future, of another station’s slot, or of an item not sent there is rejected; the rest still count', async () => {
    const created = await s.call('POST', '/api/v1/stations', neighbour, {
      unitId: sibling.id,
      name: 'Cụm loa phường khác',
      kind: 'smart_speaker',
      zones: ['Khu 1'],
    });
    expect(created.statusCode).toBe(201);
    const other = created.json().token as string;
    expect((await s.call('GET', '/api/v1/stations', neighbour)).json().items[0]).toMatchObject({
      hasController: true,
      quiet: true,
    });
    const res = await device('POST', 'plays', other, {
      plays: [
        {
          id: 'a',
          contentId: audioId,
          slotId,
          playedAt: new Date(Date.now() - 120_000).toISOString(),
        },
        { id: 'b', contentId: audioId, playedAt: new Date(Date.now() + 3600_000).toISOString() },
        { id: 'c', contentId: audioId, playedAt: new Date(Date.now() - 60_000).toISOString() },
      ],
    });
    expect(res.json().results.map((r: { status: string }) => r.status)).toEqual([
      'rejected',
      'rejected',
      'recorded',
    ]);
    expect(res.json().results[0].reason).toContain('không thuộc');
    const status = await device('POST', 'status', other, {
      ok: true,
      volume: 80,
      firmware: '1.2.0',
    });
    expect(status.statusCode).toBe(200);
    expect((await s.call('GET', '/api/v1/stations', neighbour)).json().items[0]).toMatchObject({
      quiet: false,
      lastHealth: { ok: true, volume: 80 },
    });
    // The ward's radio station has a controller that never called in.
    const wardStations = (await s.call('GET', '/api/v1/stations', officer)).json().items;
    expect(wardStations.find((x: { kind: string }) => x.kind === 'radio').quiet).toBe(true);
  });
});

describe('schedule', () => {
  test('the week view shows the weekly slot; a slot in the past is refused', async () => {
    const monday = weekStart(addDays(civilDate(new Date()), 7));
    const week = (
      await s.call(
        'GET',
        `/api/v1/broadcasts/schedule?unitId=${ward.id}&from=${monday}&to=${addDays(monday, 6)}`,
        officer,
      )
    ).json();
    expect(week.plays.map((p: { date: string }) => p.date)).toEqual([
      monday,
      monday,
      addDays(monday, 2),
      addDays(monday, 2),
      addDays(monday, 4),
      addDays(monday, 4),
    ]);
    expect(week.plays[0]).toMatchObject({
      time: '06:30',
      contentTitle: AUDIO_TITLE,
      priority: 'normal',
    });
    const past = await s.call('POST', '/api/v1/broadcasts/slots', officer, {
      contentId: audioId,
      stationIds: [cluster.station.id],
      priority: 'normal',
      repeat: 'weekly',
      startDate: '2022-04-01',
      endDate: '2022-06-15',
      times: ['06:30'],
      weekdays: [1],
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors[0].path).toBe('startDate');
  });

  test('an emergency plays at once, ahead of the schedule, until the controller reports it played', async () => {
    const slot = await s.call('POST', '/api/v1/broadcasts/slots', officer, {
      contentId: audioId,
      stationIds: [cluster.station.id],
      priority: 'emergency',
      repeat: 'once',
      startDate: civilDate(new Date()),
      times: [],
    });
    expect(slot.statusCode).toBe(201);
    const items = (await device('GET', 'schedule?days=1', cluster.token)).json().items;
    const now = items.find((i: { playNow: boolean }) => i.playNow);
    expect(now).toMatchObject({ priority: 'emergency', slotId: slot.json().id });
    await device('POST', 'plays', cluster.token, {
      plays: [
        {
          id: now.occurrenceId,
          contentId: audioId,
          slotId: now.slotId,
          playedAt: new Date().toISOString(),
        },
      ],
    });
    expect(
      (await device('GET', 'schedule?days=1', cluster.token))
        .json()
        .items.some((i: { playNow: boolean }) => i.playNow),
    ).toBe(false);
  });

  test('an operator logs a play by hand; it is in the play log and counts as an activity', async () => {
    const res = await s.call('POST', '/api/v1/broadcasts/plays', officer, {
      stationId: cluster.station.id,
      contentId: audioId,
      playedAt: '2022-05-17T17:00:00+07:00',
    });
    expect(res.statusCode).toBe(201);
    expect((await weekOf(section, '2022-W20')).status).toBe('met');
    const log = (
      await s.call(
        'GET',
        `/api/v1/broadcasts/plays?from=2022-05-17&to=2022-05-17&stationId=${cluster.station.id}`,
        officer,
      )
    ).json().items;
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      stationName: cluster.station.name,
      source: 'operator',
      durationSeconds: 30,
    });
  });
});
