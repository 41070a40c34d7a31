import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isWithin } from '../../src/domain/units/unit';
import { buildElection, buildTree, buildUnit, type BuiltTree } from '../support/factories';
import { standalonePortal } from '../support/portal-routes';
import { openedSoFar } from '../support/teardown';
import { buildTestApp, type TestApp } from '../support/test-app';

// Every election page rendered ahead: the pages a voter gets without any render are the very
// pages the portal renders when asked, for every election and every place it covers; a change
// shows at once and the pages it dropped are rendered ahead again.

interface Status {
  pages: number;
  pending: number;
  capped: boolean;
}

let t: TestApp;
let reference: FastifyInstance;
let pages: Array<{ url: string; path: string }>;
let tree: BuiltTree;
const opened = openedSoFar();

const status = async (): Promise<Status> =>
  (await t.app.inject({ url: '/healthz' })).json<{ portal: Status }>().portal;

/** Waits for the prerender to finish its pass (it runs in the background). */
async function settled(): Promise<Status> {
  for (;;) {
    const s = await status();
    if (s.pending === 0 && s.pages > 0) return s;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const page = async (app: FastifyInstance, url: string) => {
  const res = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
  return { status: res.statusCode, html: gunzipSync(res.rawPayload).toString() };
};

beforeAll(async () => {
  // A province whose ward has 25 khu phố, with two elections: more than 50 pages to render ahead.
  // Built before the app exists, so the first pass renders them all.
  t = await opened.open(
    buildTestApp({
      prerenderMb: 64,
      prepare: async (_database, deps) => {
        tree = await buildTree(deps);
        for (let n = 1; n <= 24; n++)
          await buildUnit(deps, { parent: tree.commune, name: `Khu phố ${n}`, kind: 'village' });
        await buildElection(deps, tree.province, { electionDay: '2022-06-05' });
        await buildElection(deps, tree.province, {
          type: 'NA_HDND',
          electionDay: '2021-05-23',
          term: '2021-2026',
        });
      },
    }),
  );
  reference = await opened.open(
    standalonePortal(t.deps, { demo: false }).then((portal) => portal.app),
  );
  const [elections, places] = await Promise.all([
    t.deps.repos.elections.findTouching('/'),
    t.deps.repos.elections.places(),
  ]);
  pages = elections.flatMap((e) =>
    places
      .filter((p) => isWithin(p.path, e.unitPath))
      .map((p) => ({ url: `/bau-cu/${e.slug}/${p.id}`, path: p.path })),
  );
});
afterAll(() => opened.closeAll());

describe('election pages rendered ahead', () => {
  test('holds every page of every election, byte for byte the page rendered when asked', async () => {
    const held = await settled();
    expect(pages.length).toBeGreaterThan(50);
    expect(held).toMatchObject({ pages: pages.length, capped: false });
    for (const { url } of pages) {
      const ahead = await page(t.app, url);
      expect(ahead.status, url).toBe(200);
      expect(ahead.html, url).toBe((await page(reference, url)).html);
    }
  });

  test('shows a change at once and renders the dropped pages ahead again', async () => {
    await settled();
    const cambinh = tree.commune;
    // The ward's own page and its khu phố's, in the election whose texts a ward writes.
    const below = pages
      .filter((p) => p.url.includes('/na-hdnd.') && isWithin(p.path, cambinh.path))
      .map((p) => p.url);
    expect(below.length).toBeGreaterThan(1);
    const cookie = await t.login(tree.users.commune.officer.username);
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/voter-info',
      headers: { cookie },
      payload: {
        unitId: cambinh.id,
        key: 'how_to_vote',
        title: 'Cách bỏ phiếu ở phường thử',
        body: 'Mang căn cước công dân đến nhà văn hóa khu phố.',
      },
    });
    expect(saved.statusCode).toBeLessThan(300);
    for (const url of below)
      expect((await page(t.app, url)).html).toContain('Cách bỏ phiếu ở phường thử');
    const again = await settled();
    expect(again.pages).toBe(pages.length);
    for (const url of below)
      expect((await page(t.app, url)).html).toContain('Mang căn cước công dân');
  });
});
