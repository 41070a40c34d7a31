import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { probe } from '../support/api-probe';
import { apiRoutes, sample, type ApiRoute } from '../support/api-routes';
import { fingerprint, query } from '../support/db-state';
import { buildUnit, SAMPLE } from '../support/factories';
import { buildSecurityWorld, idSource, type SecurityWorld } from '../support/security-world';
import { buildTestApp, type TestApp } from '../support/test-app';

// "Never record twice": a create sent again with the key of the first (a double click, Enter
// then the button, a retry after the network dropped the answer) writes once and answers alike.

let t: TestApp;
let w: SecurityWorld;
let routes: ApiRoute[];
let acting: Record<
  string,
  { cookie?: string; patch?: Record<string, unknown>; params?: Record<string, string> }
>;

/**
 * What a create needs beyond its schema's sample to act (a real category, a group, a played
 * item…), by route; a create added tomorrow either acts on its sample or is named here.
 */
async function actingRequests(): Promise<typeof acting> {
  const unitId = w.wardIds.unit ?? '';
  const villageId = w.wardPart.villageId;
  const done = await t.deps.repos.activities.get(w.wardIds.activity ?? '');
  const plan = await t.deps.repos.plans.get(w.wardIds.plan ?? '');
  const phase = plan?.phases[0]?.name;
  if (!done || !phase) throw new Error('the world has no activity or no plan with a phase');
  // A working group of the district, and a new agency of the district, free to join it.
  const { district } = w.tree;
  const group = await buildUnit(t.deps, {
    parent: district,
    kind: 'group',
    name: `Tổ công tác bầu cử ${SAMPLE}`,
  });
  const member = await buildUnit(t.deps, {
    parent: district,
    kind: 'agency',
    name: `Ban thử gửi trùng ${SAMPLE}`,
  });
  // The ward's election is held by the ward itself.
  const electionUnit = unitId;
  const played = { stationId: w.wardIds.station ?? '', contentId: w.device.audioId };
  return {
    'POST /api/v1/users': {
      patch: {
        unitId,
        username: 'idem.thu',
        displayName: 'Người thử gửi trùng',
        role: 'officer',
        password: 'Mật-khẩu-đủ-dài-2022!',
      },
    },
    'POST /api/v1/plans/{id}/derive': { patch: { unitId: villageId } },
    'POST /api/v1/activities': {
      patch: { channel: done.channel, categoryCode: done.categoryCode },
    },
    'POST /api/v1/groups/{id}/members': {
      params: { id: group.id },
      patch: { memberId: member.id },
    },
    'POST /api/v1/reports/summary/issue': {
      cookie: await t.login(w.tree.users.commune.leader.username),
      patch: { unitId, phase, issuedOn: '2026-12-01' },
    },
    'POST /api/v1/elections': {
      patch: { term: '2026-2031', electionDay: '2022-05-22' },
    },
    'POST /api/v1/elections/{id}/milestones': { patch: { unitId: electionUnit } },
    'POST /api/v1/calendar-feeds': { patch: { unitId } },
    'POST /api/v1/broadcasts/slots': {
      patch: {
        contentId: played.contentId,
        stationIds: [played.stationId],
        times: ['06:30'],
        startDate: '2099-01-05',
      },
    },
    'POST /api/v1/broadcasts/plays': { patch: played },
  };
}

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildSecurityWorld(t);
  routes = apiRoutes(t.app);
  acting = await actingRequests();
});
afterAll(async () => t.close());

const state = () => fingerprint(t.database, ['sessions']);
const keyed = (key: string) => ({ 'idempotency-key': key });

describe('every create, sent twice with one key', () => {
  test('is written once, and the repeat answers exactly what the first did', async () => {
    const creates = routes.filter((r) => r.method === 'POST' && r.creates && !r.device);
    expect(creates.length).toBeGreaterThan(15);
    const wrong: string[] = [];
    for (const r of creates) {
      const key = randomUUID();
      const own = acting[r.key] ?? {};
      const send = () =>
        probe(t.app, r, {
          cookie: own.cookie ?? w.cookies.admin,
          ids: w.wardIds,
          headers: keyed(key),
          ...(own.params ? { params: own.params } : {}),
          ...(own.patch ? { body: { ...sampled(r), ...own.patch } } : {}),
        });
      const first = await send();
      if (first.statusCode !== 201) {
        wrong.push(`${r.key}: the first request answered ${first.statusCode} ${first.body}`);
        continue;
      }
      const before = await state();
      const again = await send();
      const after = await state();
      if (again.statusCode !== first.statusCode || again.body !== first.body)
        wrong.push(`${r.key}: the repeat answered ${again.statusCode} ${again.body}`);
      if (again.headers['idempotent-replayed'] !== 'true')
        wrong.push(`${r.key}: the repeat is not marked as replayed`);
      const changed = Object.keys(after).filter((name) => after[name] !== before[name]);
      if (changed.length) wrong.push(`${r.key}: the repeat changed ${changed.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });
});

const playedPair = () => acting['POST /api/v1/broadcasts/plays']?.patch ?? {};

/** The sample body of a route, as the schema walk builds it. */
const sampled = (r: ApiRoute): Record<string, unknown> => {
  const body = sample(r.body, 'body', {
    ids: idSource(w.wardIds),
    optionalIds: false,
    where: r.key,
  });
  return typeof body === 'object' && body !== null ? { ...body } : {};
};

describe('one key, one request', () => {
  const play = (key: string, playedAt: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/broadcasts/plays',
      headers: { cookie: w.cookies.admin, ...keyed(key) },
      payload: { ...playedPair(), playedAt },
    });
  const plays = async () =>
    Number((await query(t.database, 'select count(*)::int as n from plays'))[0]?.n);

  test('the same key with another body is refused with 422 and writes nothing', async () => {
    const key = randomUUID();
    expect((await play(key, '2022-04-04T06:30:00+07:00')).statusCode).toBe(201);
    const before = await state();
    const other = await play(key, '2022-04-05T06:30:00+07:00');
    expect(other.statusCode).toBe(422);
    expect(other.json()).toMatchObject({ code: 'idempotency_mismatch' });
    expect(await state()).toEqual(before);
  });

  test('a refused request frees its key, so the corrected one is recorded', async () => {
    const key = randomUUID();
    const bad = await play(key, 'không phải ngày');
    expect(bad.statusCode).toBe(400);
    const n = await plays();
    expect((await play(key, '2022-04-06T06:30:00+07:00')).statusCode).toBe(201);
    expect(await plays()).toBe(n + 1);
  });

  test('two copies sent at once record one play', async () => {
    const key = randomUUID();
    const n = await plays();
    const answers = await Promise.all([
      play(key, '2022-04-07T06:30:00+07:00'),
      play(key, '2022-04-07T06:30:00+07:00'),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toSatisfy(
      (s: number[]) => s[0] === 201 && [201, 409].includes(s[1] ?? 0),
    );
    expect(await plays()).toBe(n + 1);
  });

  test('another user may use the same key for their own request', async () => {
    const key = randomUUID();
    expect((await play(key, '2022-04-08T06:30:00+07:00')).statusCode).toBe(201);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/broadcasts/plays',
      headers: { cookie: w.cookies.officer, ...keyed(key) },
      payload: { ...playedPair(), playedAt: '2022-04-08T06:30:00+07:00' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers['idempotent-replayed']).toBeUndefined();
  });

  test('a malformed key is a 400 naming the header', async () => {
    const res = await play('a b', '2022-04-09T06:30:00+07:00');
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('idempotency-key');
  });
});
