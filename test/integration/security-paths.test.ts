import type { AddressInfo } from 'node:net';
import pLimit from 'p-limit';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { LARGER_LIMITS, MiB, PUBLIC } from '../support/api-probe';
import { apiRoutes, isWrite, randomId, urlOf, type ApiRoute } from '../support/api-routes';
import { fingerprint } from '../support/db-state';
import { buildUnit, buildUser } from '../support/factories';
import { pathForms, rawRequest, type RawAnswer } from '../support/path-forms';
import { buildTestApp, type TestApp } from '../support/test-app';

// The session check is decided by the route the router matched, not by how the URL is spelled:
// every route of the running app, in every spelling a router or proxy might take for it, over a
// real socket (so nothing normalises the path on the way), without a session.

let t: TestApp;
let port: number;
let routes: ApiRoute[];
let admin = '';

beforeAll(async () => {
  t = await buildTestApp();
  const unit = await buildUnit(t.deps, { name: 'Tỉnh thử đường dẫn' });
  admin = (await buildUser(t.deps, unit, { role: 'admin' })).username;
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  port = (t.app.server.address() as AddressInfo).port;
  routes = apiRoutes(t.app);
});
afterAll(async () => t.close());

// A correct server answers these in milliseconds; one that waits for the body never answers.
const WAIT_MS = 15_000;

/** What is wrong with an anonymous answer: only 401, or the router's own 404 (no route), pass. */
function wrongWith(a: RawAnswer | null, bodyDeclared: boolean): string | null {
  if (!a)
    return bodyDeclared ? 'no answer until the body was sent (it reads the body)' : 'no answer';
  if (bodyDeclared && !a.beforeBody) return `${a.status} only after the body was sent`;
  if (a.status === 401 && a.body.includes('"code":"unauthenticated"')) return null;
  if (a.status === 404 && a.body.includes('Không có đường dẫn')) return null;
  return `${a.status} ${a.body.slice(0, 100)}`;
}

test('no spelling of any route answers without a session or reads an anonymous body', async () => {
  const before = await fingerprint(t.database, ['sessions']);
  const closed = routes.filter((r) => !PUBLIC.has(r.key));
  const limit = pLimit(6);
  const wrong: string[] = [];
  const reached = new Map<string, number>();
  const tries = closed.flatMap((r) => {
    const path = urlOf(r, Object.fromEntries(r.pathParams.map((p) => [p, randomId()])));
    return pathForms(path).map(({ form, path: spelled }) =>
      limit(async () => {
        // Just under the route's own limit, so a limit cannot answer in the session check's place.
        const declaredBytes = isWrite(r) ? (LARGER_LIMITS[r.key] ?? MiB) - 1024 : undefined;
        const a = await rawRequest(port, r.method, spelled, {
          waitMs: WAIT_MS,
          ...(declaredBytes ? { declaredBytes } : {}),
        });
        const problem = wrongWith(a, declaredBytes !== undefined);
        if (problem) wrong.push(`${r.key} as ${form} (${spelled}) → ${problem}`);
        if (a?.status === 401) reached.set(form, (reached.get(form) ?? 0) + 1);
      }),
    );
  });
  await Promise.all(tries);
  expect(wrong).toEqual([]);
  expect(closed.length).toBeGreaterThan(100);
  // The canonical path and the encoded spellings do reach the routes, and meet the check there.
  expect(reached.get('as declared')).toBe(closed.length);
  expect(reached.get('encoded letter in the prefix')).toBe(closed.length);
  expect(await fingerprint(t.database, ['sessions'])).toEqual(before);
}, 600_000);

test('a spelling that reaches a route works with a session as the route itself does', async () => {
  const cookie = await t.login(admin);
  const a = await rawRequest(port, 'GET', '/%61pi/v1/me', { headers: { cookie }, waitMs: WAIT_MS });
  expect(a?.status).toBe(200);
  expect(a?.body).toContain(`"username":"${admin}"`);
});

test('the portal, the web app and the health check stay open without a session', async () => {
  const open = async (path: string) =>
    (await rawRequest(port, 'GET', path, { waitMs: WAIT_MS, headers: { accept: 'text/html' } }))
      ?.status;
  expect(await open('/')).toBe(200);
  expect(await open('/healthz')).toBe(200);
  // 200 with a built web app, 503 (a page saying to build it) without one; never 401.
  for (const path of ['/app/', '/app/plans']) expect([200, 503]).toContain(await open(path));
  // A mistyped portal address is the portal's own 404 page, not a problem document.
  expect(await open('/khong-co-trang-nay/abc')).toBe(404);
});
