import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_AUDIO_TITLE, DEMO_STATION_TOKEN } from '../../src/db/seed/demo-content';
import { demoSession } from '../support/content-helpers';
import { query } from '../support/db-state';
import { buildTestApp, type TestApp } from '../support/test-app';

// A controller's play dated before its station or the played item existed is a wrong clock or a
// forged report: it is refused on its own, with its reason, and the rest of the batch still counts.

let t: TestApp;
let s: Awaited<ReturnType<typeof demoSession>>;
let audioId = '';
let clusterId = '';

beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  s = await demoSession(t, ['cambinh'], { cambinh: 'phuong cam binh' });
  const lib = (await s.call('GET', '/api/v1/content?kind=audio', 'cambinh')).json();
  audioId = lib.items.find((i: { title: string }) => i.title === DEMO_AUDIO_TITLE).id;
  const stations = (await s.call('GET', '/api/v1/stations', 'cambinh')).json().items;
  clusterId = stations.find((x: { name: string }) => x.name === 'Cụm loa khu phố 1').id;
});
afterAll(async () => t.close());

interface Result {
  id: string;
  status: string;
  reason?: string;
}
const plays = async (token: string, items: Array<{ id: string; playedAt: string }>) => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/device/plays',
    headers: { authorization: `Bearer ${token}` },
    payload: { plays: items.map((p) => ({ ...p, contentId: audioId })) },
  });
  expect(res.statusCode).toBe(200);
  return res.json<{ recorded: number; rejected: number; duplicates: number; results: Result[] }>();
};
const byId = (results: Result[]) => Object.fromEntries(results.map((r) => [r.id, r]));

test('plays dated before the item existed, or before the station, are refused one by one', async () => {
  // The demo station exists since 2022-03-01; say the audio is valid from 2022-05-01.
  await query(
    t.database,
    `update content_items set valid_from = '2022-05-01' where id = '${audioId}'`,
  );
  const answer = await plays(DEMO_STATION_TOKEN, [
    { id: 'truoc-dai', playedAt: '2022-02-27T06:30:00+07:00' },
    { id: 'truoc-bai', playedAt: '2022-04-15T06:30:00+07:00' },
    { id: 'dung', playedAt: '2022-05-02T06:30:00+07:00' },
    { id: 'dung', playedAt: '2022-05-02T06:30:00+07:00' },
  ]);
  expect(answer).toMatchObject({ recorded: 1, duplicates: 1, rejected: 2 });
  const r = byId(answer.results);
  expect(r['truoc-dai']).toEqual({
    id: 'truoc-dai',
    status: 'rejected',
    reason: 'Thời điểm phát trước "Ngày bắt đầu hoạt động" của đài/cụm loa (01/03/2022).',
  });
  expect(r['truoc-bai']).toEqual({
    id: 'truoc-bai',
    status: 'rejected',
    reason: 'Thời điểm phát trước ngày tài liệu có hiệu lực (01/05/2022).',
  });
  // Only the play that could have happened is in the log.
  const log = await s.call(
    'GET',
    `/api/v1/broadcasts/plays?from=2022-02-01&to=2022-05-31&stationId=${clusterId}`,
    'cambinh',
  );
  expect(log.json<{ items: Array<{ playedAt: string }> }>().items.map((p) => p.playedAt)).toEqual([
    new Date('2022-05-02T06:30:00+07:00').toISOString(),
  ]);
});

test('a station set up today takes today’s plays, not last week’s', async () => {
  const created = await s.call('POST', '/api/v1/stations', 'cambinh', {
    unitId: s.unit('cambinh'),
    name: 'Cụm loa mới lắp',
    kind: 'loudspeaker_cluster',
    zones: ['Khu phố 2'],
  });
  expect(created.statusCode).toBe(201);
  const token = created.json<{ token: string }>().token;
  const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
  const answer = await plays(token, [
    { id: 'tuan-truoc', playedAt: ago(7 * 86_400_000) },
    { id: 'vua-phat', playedAt: ago(0) },
  ]);
  expect(answer.results.map((x) => x.status)).toEqual(['rejected', 'recorded']);
  expect(answer.results[0]?.reason).toMatch(/^Thời điểm phát trước "Ngày bắt đầu hoạt động"/);
});
