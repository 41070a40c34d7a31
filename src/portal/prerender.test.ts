import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PageCache } from './page-cache';
import { Prerender, type PrerenderGroup } from './prerender';

const silent = { info: () => undefined, error: () => undefined };
const html = (cache: PageCache, key: string) =>
  gunzipSync(cache.get(key)?.gzip ?? Buffer.alloc(0)).toString();

/** Pages p0…pN-1 tagged with their unit; `version` is what a build reads at the time it runs. */
function world(n: number) {
  const data = { version: 1, builds: 0, warms: 0 };
  let during: (() => void) | null = null;
  const groups = (): Promise<PrerenderGroup[]> =>
    Promise.resolve([
      {
        warm: () => {
          data.warms += 1;
          return Promise.resolve();
        },
        pages: Array.from({ length: n }, (_, i) => ({
          key: `p${i}`,
          build: async () => {
            data.builds += 1;
            const seen = data.version;
            during?.();
            during = null;
            await Promise.resolve();
            return { page: { status: 200, html: `p${i} v${seen}` }, tags: [`unit:u${i}`] };
          },
        })),
      },
    ]);
  return { data, groups, whileBuilding: (f: () => void) => (during = f) };
}

describe('Prerender', () => {
  it('renders every page once, and after a change only the pages it dropped', async () => {
    const cache = new PageCache();
    const w = world(5);
    const ahead = new Prerender(w.groups, cache, 1 << 20, silent);
    ahead.schedule();
    await ahead.idle();
    expect(ahead.status()).toMatchObject({ pages: 5, pending: 0, capped: false });
    expect(w.data.builds).toBe(5);
    w.data.version = 2;
    cache.apply({ kind: 'unit', unitId: 'u3' });
    ahead.changed({ kind: 'unit', unitId: 'u3' });
    await ahead.idle();
    expect(w.data.builds).toBe(6);
    expect(html(cache, 'p3')).toBe('p3 v2');
    expect(html(cache, 'p2')).toBe('p2 v1');
  });

  it('does not keep a page whose data changed while it was built, and builds it again', async () => {
    const cache = new PageCache();
    const w = world(2);
    const ahead = new Prerender(w.groups, cache, 1 << 20, silent);
    w.whileBuilding(() => {
      w.data.version = 2;
      cache.apply({ kind: 'unit', unitId: 'u0' });
      ahead.changed({ kind: 'unit', unitId: 'u0' });
    });
    ahead.schedule();
    await ahead.idle();
    expect(html(cache, 'p0')).toBe('p0 v2');
    expect(ahead.status().pages).toBe(2);
  });

  it('stops at its memory limit and says so; the rest are rendered when asked for', async () => {
    const cache = new PageCache();
    const w = world(50);
    const ahead = new Prerender(w.groups, cache, 100, silent);
    ahead.schedule();
    await ahead.idle();
    const s = ahead.status();
    expect(s.capped).toBe(true);
    expect(s.pages).toBeGreaterThan(0);
    expect(s.pages).toBeLessThan(50);
  });
});
