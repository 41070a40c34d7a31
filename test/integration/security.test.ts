import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import {
  PUBLIC,
  READS_BY_POST,
  SELF_SERVICE,
  probe,
  problemOf,
  type Probe,
} from '../support/api-probe';
import { apiRoutes, hasIdInput, isWrite, randomId, type ApiRoute } from '../support/api-routes';
import { fingerprint, query } from '../support/db-state';
import { buildSecurityWorld, kindOfParam, type SecurityWorld } from '../support/security-world';
import { buildTestApp, type TestApp } from '../support/test-app';

// The access half of the security pass (issue "National scale, load and faults", point 5): every
// route of the running app, without a session, as a viewer, with another unit's ids, cross-site.
// The inputs half (bodies, uploads, password guessing) is security-inputs.test.ts.

let t: TestApp;
let w: SecurityWorld;
let routes: ApiRoute[];

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildSecurityWorld(t);
  routes = apiRoutes(t.app);
});
afterAll(async () => t.close());

const send = (r: ApiRoute, c: Probe) => probe(t.app, r, c);
// Sessions come and go with sign-ins; every other table must not move when a request is refused.
const state = () => fingerprint(t.database, ['sessions']);

test('the routes are read from the running app, and there are many of them', () => {
  expect(routes.length).toBeGreaterThan(100);
  expect(routes.filter(isWrite).length).toBeGreaterThan(50);
  expect(routes.filter((r) => r.device).length).toBeGreaterThanOrEqual(4);
});

describe('1. without a session', () => {
  test('every route but sign-in and sign-out answers 401 problem+json, and nothing is written', async () => {
    const before = await state();
    const wrong: string[] = [];
    const closed = routes.filter((r) => !PUBLIC.has(r.key));
    for (const r of closed) {
      const res = await send(r, { ids: w.wardIds, optionalIds: true });
      if (res.statusCode !== 401 || problemOf(res).code !== 'unauthenticated')
        wrong.push(`${r.key} → ${res.statusCode} ${res.body.slice(0, 120)}`);
    }
    expect(wrong).toEqual([]);
    expect(closed.length).toBeGreaterThan(100);
    expect(await state()).toEqual(before);
  });

  test('a station route with a made-up token is refused too', async () => {
    for (const r of routes.filter((x) => x.device)) {
      const headers = { authorization: 'Bearer made-up-token' };
      expect((await send(r, { ids: w.wardIds, headers })).statusCode, r.key).toBe(401);
    }
  });

  test('the public routes are only sign-in (wrong password refused) and sign-out', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: w.tree.users.commune.officer.username, password: 'sai-mat-khau' },
    });
    expect(login.statusCode).toBe(401);
    expect(problemOf(login).code).toBe('invalid_credentials');
    const before = await state();
    const logout = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout' });
    expect(logout.statusCode).toBe(200);
    expect(await state()).toEqual(before);
    // A path with no route stays a plain 404.
    expect((await t.app.inject({ url: '/api/v1/no-such-route' })).statusCode).toBe(404);
  });
});

test('2. a viewer’s every write answers 403 (404 outside the subtree), never 2xx, and nothing is written', async () => {
  const before = await state();
  const wrong: string[] = [];
  let forbidden = 0;
  const writes = routes.filter(
    (r) => isWrite(r) && !r.device && !SELF_SERVICE.has(r.key) && !READS_BY_POST.has(r.key),
  );
  for (const r of writes) {
    const res = await send(r, { cookie: w.cookies.viewer, ids: w.wardIds, optionalIds: true });
    if (res.statusCode === 403) forbidden++;
    else if (res.statusCode !== 404)
      wrong.push(`${r.key} → ${res.statusCode} ${res.body.slice(0, 160)}`);
  }
  expect(wrong).toEqual([]);
  expect(writes.length).toBeGreaterThan(50);
  // The ids are the viewer's own ward's, so the refusal is the role's, not the scope's.
  expect(forbidden).toBeGreaterThan(writes.length * 0.8);
  expect(await state()).toEqual(before);
});

/** A body without what differs between two equivalent calls: request id, URL, the ids named. */
const normalised = (res: LightMyRequestResponse, ids: string[]): string =>
  ids.reduce(
    (body, id) => body.split(id).join('ID'),
    res.body.replace(/"(requestId|instance)":"[^"]*"/g, ''),
  );

/**
 * The path parameters to try: all foreign; and when a route names two objects, each foreign
 * beside one the cousin ward may read (the province's election with a milestone of the ward's).
 */
function variantsOf(r: ApiRoute): Array<Record<string, string>> {
  if (r.pathParams.length < 2) return [{}];
  const mixed = r.pathParams.map((foreign) =>
    Object.fromEntries(
      r.pathParams.map((p) => {
        const kind = kindOfParam(r, p);
        const id = p === foreign ? w.wardIds[kind] : w.readableByCousin[kind];
        if (!id) throw new Error(`${r.key}: no ${p === foreign ? 'foreign' : 'readable'} ${kind}`);
        return [p, id];
      }),
    ),
  );
  return [{}, ...mixed];
}

describe('3. another unit’s ids', () => {
  const secrets = () => Object.values(w.ward).flatMap((x) => (x.secret ? [x.secret] : []));

  /** What is wrong with one answer to a foreign id: a name shown, or an answer an unknown id would not get. */
  async function leakOf(r: ApiRoute, c: Probe, res: LightMyRequestResponse): Promise<string[]> {
    const where = `${r.key} ${JSON.stringify(c.params)} → ${res.statusCode}`;
    const shown = secrets().filter((s) => res.body.includes(s));
    const leaks = shown.map((s) => `${where} shows "${s}"`);
    if (res.statusCode === 403 || res.statusCode === 404) return leaks;
    // A list filtered by a foreign id may answer exactly as it does for an id that does not exist.
    const fresh = Object.fromEntries(Object.keys(w.wardIds).map((k) => [k, randomId()]));
    const control = await send(r, { ...c, ids: fresh, params: {} });
    const same =
      control.statusCode === res.statusCode &&
      normalised(control, Object.values(fresh)) ===
        normalised(
          res,
          Object.values<string | undefined>(w.wardIds).filter((x) => x !== undefined),
        );
    if (!same || res.statusCode >= 300)
      leaks.push(`${where} (unknown id → ${control.statusCode}) ${res.body.slice(0, 120)}`);
    return leaks;
  }

  test.each(['cousin', 'cousinLeader'] as const)(
    '%s naming objects of a cousin ward gets 404/403 and never their names',
    async (who) => {
      const before = await state();
      const leaks: string[] = [];
      const probed = routes.filter((r) => !r.device && !SELF_SERVICE.has(r.key) && hasIdInput(r));
      let calls = 0;
      for (const r of probed)
        for (const params of variantsOf(r)) {
          calls++;
          const c = { cookie: w.cookies[who], ids: w.wardIds, params, optionalIds: true };
          leaks.push(...(await leakOf(r, c, await send(r, c))));
        }
      expect(leaks).toEqual([]);
      expect(probed.length).toBeGreaterThan(60);
      expect(calls).toBeGreaterThan(probed.length);
      expect(await state()).toEqual(before);
    },
  );

  test('marking another user’s notifications read changes nothing', async () => {
    const unread = `select n.id from notifications n join users u on u.id = n.user_id
      where u.id = '${w.tree.users.commune.officer.id}' and n.read_at is null order by n.id`;
    const ids = (await query(t.database, unread)).map((n) => String(n.id));
    expect(ids.length).toBeGreaterThan(0);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read',
      headers: { cookie: w.cookies.cousin },
      payload: { ids },
    });
    expect(res.json()).toEqual({ marked: 0 });
    expect((await query(t.database, unread)).map((n) => String(n.id))).toEqual(ids);
  });
});

describe('4. cross-site requests (CSRF)', () => {
  const writes = () => routes.filter((r) => isWrite(r) && !r.device);

  test.each([
    ['Origin of another site', { origin: 'https://evil.example' }],
    ['Sec-Fetch-Site: cross-site without Origin', { 'sec-fetch-site': 'cross-site' }],
  ])('%s: every state-changing route answers 403 with a valid session', async (_name, headers) => {
    const before = await state();
    const wrong: string[] = [];
    for (const r of writes()) {
      const c = { cookie: w.cookies.admin, ids: w.wardIds, optionalIds: true, headers };
      const res = await send(r, c);
      if (res.statusCode !== 403 || problemOf(res).code !== 'forbidden')
        wrong.push(`${r.key} → ${res.statusCode}`);
    }
    expect(wrong).toEqual([]);
    expect(writes().length).toBeGreaterThan(50);
    expect(await state()).toEqual(before);
  });

  test.each([
    { 'sec-fetch-site': 'same-origin', origin: 'https://loa.local', host: 'loa.local' },
    { 'sec-fetch-site': 'same-site' },
    { 'sec-fetch-site': 'none' },
    {},
  ])('the app’s own requests still pass (%o)', async (headers) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read',
      headers: { cookie: w.cookies.viewer, ...headers },
      payload: {},
    });
    expect(res.statusCode).toBe(200);
  });
});
