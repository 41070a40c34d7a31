import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_AUDIO_TITLE, DEMO_STATION_TOKEN } from '../../src/db/seed/demo-content';
import { civilDate } from '../../src/domain/shared/dates';
import { addDays, weekStart } from '../../src/domain/shared/calendar';
import { buildTestApp, type TestApp } from '../support/test-app';
import { demoSession } from '../support/content-helpers';

let t: TestApp;
let s: Awaited<ReturnType<typeof demoSession>>;
let audioId = '';
let stationId = '';
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
  t = await buildTestApp({ demo: true });
  s = await demoSession(t, ['cambinh', 'kalong', 'campha'], {
    cambinh: 'phuong cam binh',
    vhxh: 'bo phan van hoa',
    kalong: 'phuong ka long',
  });
  const lib = (await s.call('GET', '/api/v1/content?kind=audio', 'cambinh')).json();
  audioId = lib.items.find((i: { title: string }) => i.title === DEMO_AUDIO_TITLE).id;
  const stations = (await s.call('GET', '/api/v1/stations', 'cambinh')).json().items;
  stationId = stations.find((x: { name: string }) => x.name === 'Cụm loa khu phố 1').id;
});
afterAll(async () => t.close());

const weekOf = async (unitKey: string, week: string) => {
  const items = (
    await s.call(
      'GET',
      `/api/v1/units/${s.unit(unitKey)}/obligations?${RANGE}&onlyAssignedTo=true`,
      'cambinh',
    )
  ).json().items;
  return items.find(
    (p: { key: string; channel: string }) => p.key === week && p.channel === 'loudspeaker',
  ) as { status: string; done: number };
};
const weekStatus = async (unitKey: string, week: string) => (await weekOf(unitKey, week)).status;

describe('device API for loudspeaker controllers', () => {
  test('the schedule comes with audio URLs and an ETag; unchanged → 304', async () => {
    const first = await device('GET', 'schedule?days=7', DEMO_STATION_TOKEN);
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(body.stationName).toBe('Cụm loa khu phố 1');
    // Weekly on Monday, Wednesday and Friday at 06:30 and 17:00: 3 days × 2 times in any 7 days.
    expect(body.items.length).toBeGreaterThanOrEqual(4);
    expect(body.items.every((i: { time: string }) => ['06:30', '17:00'].includes(i.time))).toBe(
      true,
    );
    const audio = await t.app.inject({
      url: new URL(body.items[0].audioUrl).pathname,
      headers: bearer(DEMO_STATION_TOKEN),
    });
    expect(audio.statusCode).toBe(200);
    expect(audio.headers['content-type']).toBe('audio/wav');
    const again = await device('GET', 'schedule?days=7', DEMO_STATION_TOKEN, undefined, {
      'if-none-match': first.headers.etag as string,
    });
    expect(again.statusCode).toBe(304);
    expect((await device('GET', 'schedule', 'not-a-token')).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/v1/device/schedule' })).statusCode).toBe(401);
  });

  test('a play counts at once towards the weekly tasks of plan 51 (VHXH) and plan 124 (Cẩm Bình); a retry never counts twice', async () => {
    // The demo's play log already meets every week with one play on the ward's loudspeakers.
    const vhxhBefore = (await weekOf('vhxh', '2022-W16')).done;
    const wardBefore = (await weekOf('cambinh', '2022-W16')).done;
    const play = {
      id: 'kp1-2022-04-19-0630',
      contentId: audioId,
      playedAt: '2022-04-19T06:30:00+07:00',
      durationSeconds: 30,
    };
    const res = await device('POST', 'plays', DEMO_STATION_TOKEN, { plays: [play] });
    expect(res.json()).toMatchObject({ recorded: 1, duplicates: 0, rejected: 0 });
    expect(await weekOf('vhxh', '2022-W16')).toMatchObject({ status: 'met', done: vhxhBefore + 1 });
    expect(await weekOf('cambinh', '2022-W16')).toMatchObject({
      status: 'met',
      done: wardBefore + 1,
    });
    const replay = await device('POST', 'plays', DEMO_STATION_TOKEN, { plays: [play] });
    expect(replay.json()).toMatchObject({
      recorded: 0,
      duplicates: 1,
      results: [{ id: play.id, status: 'duplicate' }],
    });
    const acts = (
      await s.call(
        'GET',
        `/api/v1/activities?unitId=${s.unit('vhxh')}&from=2022-04-18&to=2022-04-24&channel=loudspeaker`,
        'cambinh',
      )
    ).json();
    const onCluster = acts.items.filter((a: { title: string }) =>
      a.title.includes('Cụm loa khu phố 1'),
    );
    expect(onCluster).toHaveLength(1);
    expect(onCluster[0]).toMatchObject({
      channel: 'loudspeaker',
      categoryCode: 'luot_phat',
      quantity: 1,
      source: 'broadcast',
    });
    const obligations = (
      await s.call(
        'GET',
        `/api/v1/units/${s.unit('vhxh')}/obligations?${RANGE}&onlyAssignedTo=true`,
        'cambinh',
      )
    ).json().items;
    expect(
      obligations.find(
        (p: { key: string; channel: string }) =>
          p.key === '2022-W16' && p.channel === 'loudspeaker',
      ).done,
    ).toBe(vhxhBefore + 1);
  });

  test('a play in the future, of another station’s slot, or of an item not sent there is rejected; the rest still count', async () => {
    const created = await s.call('POST', '/api/v1/stations', 'kalong', {
      unitId: s.unit('kalong'),
      name: 'Cụm loa Ka Long',
      kind: 'smart_speaker',
      zones: ['Khu 1'],
    });
    expect(created.statusCode).toBe(201);
    const other = created.json().token as string;
    expect((await s.call('GET', '/api/v1/stations', 'kalong')).json().items[0]).toMatchObject({
      hasController: true,
      quiet: true,
    });
    const slots = (
      await s.call(
        'GET',
        `/api/v1/broadcasts/schedule?unitId=${s.unit('cambinh')}&from=${civilDate(new Date())}&to=${addDays(civilDate(new Date()), 7)}`,
        'cambinh',
      )
    ).json().slots;
    const res = await device('POST', 'plays', other, {
      plays: [
        {
          id: 'a',
          contentId: audioId,
          slotId: slots[0].id,
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
    expect((await s.call('GET', '/api/v1/stations', 'kalong')).json().items[0]).toMatchObject({
      quiet: false,
      lastHealth: { ok: true, volume: 80 },
    });
    // The demo's radio station has a controller that never called in.
    const cambinhStations = (await s.call('GET', '/api/v1/stations', 'cambinh')).json().items;
    expect(cambinhStations.find((x: { kind: string }) => x.kind === 'radio').quiet).toBe(true);
  });
});

describe('schedule', () => {
  test('the week view shows the weekly slot; a slot in the past is refused', async () => {
    const monday = weekStart(addDays(civilDate(new Date()), 7));
    const week = (
      await s.call(
        'GET',
        `/api/v1/broadcasts/schedule?unitId=${s.unit('cambinh')}&from=${monday}&to=${addDays(monday, 6)}`,
        'cambinh',
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
      contentTitle: DEMO_AUDIO_TITLE,
      priority: 'normal',
    });
    const past = await s.call('POST', '/api/v1/broadcasts/slots', 'cambinh', {
      contentId: audioId,
      stationIds: [stationId],
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
    const slot = await s.call('POST', '/api/v1/broadcasts/slots', 'cambinh', {
      contentId: audioId,
      stationIds: [stationId],
      priority: 'emergency',
      repeat: 'once',
      startDate: civilDate(new Date()),
      times: [],
    });
    expect(slot.statusCode).toBe(201);
    const items = (await device('GET', 'schedule?days=1', DEMO_STATION_TOKEN)).json().items;
    const now = items.find((i: { playNow: boolean }) => i.playNow);
    expect(now).toMatchObject({ priority: 'emergency', slotId: slot.json().id });
    await device('POST', 'plays', DEMO_STATION_TOKEN, {
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
      (await device('GET', 'schedule?days=1', DEMO_STATION_TOKEN))
        .json()
        .items.some((i: { playNow: boolean }) => i.playNow),
    ).toBe(false);
  });

  test('an operator logs a play by hand; it is in the play log and counts as an activity', async () => {
    const res = await s.call('POST', '/api/v1/broadcasts/plays', 'cambinh', {
      stationId,
      contentId: audioId,
      playedAt: '2022-05-17T17:00:00+07:00',
    });
    expect(res.statusCode).toBe(201);
    expect(await weekStatus('vhxh', '2022-W20')).toBe('met');
    const log = (
      await s.call(
        'GET',
        `/api/v1/broadcasts/plays?from=2022-05-17&to=2022-05-17&stationId=${stationId}`,
        'cambinh',
      )
    ).json().items;
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      stationName: 'Cụm loa khu phố 1',
      source: 'operator',
      durationSeconds: 30,
    });
  });
});
