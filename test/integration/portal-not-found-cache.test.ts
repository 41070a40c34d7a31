import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FragmentCache } from '../../src/portal/fragment-cache';
import { PageCache } from '../../src/portal/page-cache';
import { buildElection, buildUnit } from '../support/factories';
import { standalonePortal } from '../support/portal-routes';
import { buildTestApp, type TestApp } from '../support/test-app';

// Not-found portal pages are not cached one entry each (issue 12, point 7): whoever asks for
// random addresses cannot grow the portal's memory, nor push the real pages out of its cache.
// The portal's routes are found as it registers them, so a new page with a parameter is walked.

let t: TestApp;
let portal: FastifyInstance;
const cache = new PageCache();
const fragments = new FragmentCache();
let routes: string[] = [];

beforeAll(async () => {
  t = await buildTestApp();
  // The country and two provinces to pick on the home page, one of them holding an election.
  const nation = await buildUnit(t.deps, { name: 'Toàn quốc thử', kind: 'nation' });
  const province = await buildUnit(t.deps, {
    parent: nation,
    name: 'Tỉnh thử một',
    kind: 'province',
  });
  await buildUnit(t.deps, { parent: nation, name: 'Tỉnh thử hai', kind: 'province' });
  await buildUnit(t.deps, { parent: province, name: 'Phường thử', kind: 'commune' });
  await buildElection(t.deps, province);
  const standalone = await standalonePortal(t.deps, { cache, fragments, demo: false });
  portal = standalone.app;
  routes = standalone.paths.filter((p) => p.includes(':'));
});
afterAll(async () => {
  await portal.close();
  await t.close();
});

const get = (url: string) => portal.inject({ url, headers: { accept: 'text/html' } });
const links = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[0]);

test('1,000 random addresses on every portal page with a parameter leave both caches as they were', async () => {
  const home = await get('/');
  expect(home.statusCode).toBe(200);
  const [placeLink, otherPlace] = links(home.body, /\/dia-phuong\/[0-9a-f-]{36}/g);
  const [electionLink] = links(home.body, /\/bau-cu\/[^/"]+\/[0-9a-f-]{36}/g);
  if (!placeLink || !otherPlace || !electionLink) throw new Error('home lists no places');
  const realSlug = electionLink.split('/')[2] ?? '';
  expect((await get(placeLink)).statusCode).toBe(200);
  expect((await get(electionLink)).statusCode).toBe(200);
  const before = { pages: cache.size, fragments: fragments.size };

  expect(routes.length).toBeGreaterThanOrEqual(5);
  const statuses = new Map<number, number>();
  for (let i = 0; i < 1000; i++) {
    const route = routes[i % routes.length] ?? '';
    // A real election with a wrong place, as well as wholly made-up slugs and ids.
    const url = route.replace(/:(\w+)/g, (_m, name: string) =>
      name === 'slug' && i % 2 === 0
        ? realSlug
        : i % 3 === 0
          ? randomUUID()
          : `x${i}-${randomUUID()}`,
    );
    const res = await get(url);
    statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
  }
  // A real slug alone redirects to its election's page; everything else is not there.
  expect([...statuses.keys()].sort()).toEqual([302, 404]);
  expect(statuses.get(404)).toBeGreaterThan(800);
  expect({ pages: cache.size, fragments: fragments.size }).toEqual(before);

  // The sizes are the real measure: a real page not seen yet is still cached as before.
  expect((await get(otherPlace)).statusCode).toBe(200);
  expect(cache.size).toBe(before.pages + 1);
}, 300_000);
