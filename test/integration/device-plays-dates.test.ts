import { afterAll, beforeAll, expect, test } from 'vitest';
import type { User } from '../../src/domain/accounts/user';
import type { Unit } from '../../src/domain/units/unit';
import { signedIn } from '../support/content-helpers';
import { buildContent, buildStation, buildTree } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// A controller's play dated before its station or the played item existed is a wrong clock or a
// forged report: it is refused on its own, with its reason, and the rest of the batch still counts.

let t: TestApp;
let s: ReturnType<typeof signedIn>;
let ward: Unit;
let officer: User;
let audioId = '';
let clusterId = '';
let clusterToken = '';

beforeAll(async () => {
  t = await buildTestApp();
  const tree = await buildTree(t.deps);
  ward = tree.commune;
  officer = tree.users.commune.officer;
  s = signedIn(t);
  // An audio valid from 2022-05-01, and a cluster entered on 2022-03-01 with no in-service date
  // of its own, so it has played since the day it was entered.
  audioId = (
    await buildContent(t.deps, ward, { kind: 'audio', status: 'approved', validFrom: '2022-05-01' })
  ).id;
  const entered = { ...t.deps, clock: { now: () => new Date('2022-03-01T00:00:00+07:00') } };
  const cluster = await buildStation(entered, ward, { author: officer });
  clusterId = cluster.station.id;
  clusterToken = cluster.token;
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
  const answer = await plays(clusterToken, [
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
    officer,
  );
  expect(log.json<{ items: Array<{ playedAt: string }> }>().items.map((p) => p.playedAt)).toEqual([
    new Date('2022-05-02T06:30:00+07:00').toISOString(),
  ]);
});

test('a station set up today takes today’s plays, not last week’s', async () => {
  const created = await s.call('POST', '/api/v1/stations', officer, {
    unitId: ward.id,
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
