import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PageCache } from './page-cache';

describe('PageCache', () => {
  it('drops only the pages of the election or unit that changed', () => {
    const cache = new PageCache();
    cache.set('a', { status: 200, html: 'a' }, ['election:1', 'unit:x']);
    cache.set('b', { status: 200, html: 'b' }, ['election:2', 'unit:y']);
    cache.set('home', { status: 200, html: 'h' }, ['lists']);
    cache.apply({ kind: 'election', electionId: '1' });
    expect(cache.get('a')).toBeUndefined();
    expect(gunzipSync(cache.get('b')?.gzip ?? Buffer.alloc(0)).toString()).toBe('b');
    expect(cache.get('home')).toBeUndefined();
    cache.apply({ kind: 'unit', unitId: 'y' });
    expect(cache.get('b')).toBeUndefined();
  });

  it('forgets the least recently used page past its size, and expired pages', () => {
    const cache = new PageCache(2, 1000);
    cache.set('a', { status: 200, html: 'a' }, [], 0);
    cache.set('b', { status: 200, html: 'b' }, [], 0);
    cache.get('a', 0);
    cache.set('c', { status: 200, html: 'c' }, [], 0);
    expect(cache.get('b', 0)).toBeUndefined();
    expect(cache.get('a', 0)?.etag).toMatch(/^".+"$/);
    expect(cache.get('a', 2000)).toBeUndefined();
  });
});

describe('PageCache pinned pages (rendered ahead)', () => {
  it('keeps them past expiry and past the size limit, until a change drops them', () => {
    const cache = new PageCache(1, 1000);
    cache.pin('a', { status: 200, html: 'a'.repeat(500) }, ['election:1', 'unit:x']);
    cache.pin('b', { status: 200, html: 'b' }, ['election:2', 'unit:y']);
    cache.set('c', { status: 200, html: 'c' }, [], 0);
    cache.set('d', { status: 200, html: 'd' }, [], 0);
    expect(cache.get('a', 10_000)).toBeDefined();
    expect(cache.get('b', 10_000)).toBeDefined();
    expect(cache.pinnedSize).toBe(2);
    const bytes = cache.pinnedBytes;
    expect(bytes).toBeGreaterThan(0);
    cache.apply({ kind: 'unit', unitId: 'x' });
    expect(cache.get('a')).toBeUndefined();
    expect(cache.pinnedSize).toBe(1);
    expect(cache.pinnedBytes).toBeLessThan(bytes);
    cache.apply({ kind: 'everything' });
    expect(cache.get('b')).toBeUndefined();
    expect(cache.pinnedBytes).toBe(0);
  });

  it("drops yesterday's pages when the day turns, and counts a page pinned twice once", () => {
    const cache = new PageCache();
    cache.pin('p|2026-12-03', { status: 200, html: 'old' }, []);
    cache.pin('p|2026-12-04', { status: 200, html: 'new' }, []);
    cache.pin('p|2026-12-04', { status: 200, html: 'new' }, []);
    const one = cache.pinnedBytes / 2;
    cache.unpinWhere((key) => !key.endsWith('|2026-12-04'));
    expect(cache.isPinned('p|2026-12-03')).toBe(false);
    expect(cache.isPinned('p|2026-12-04')).toBe(true);
    expect(cache.pinnedBytes).toBe(one);
  });
});

describe('what a change drops', () => {
  it('drops one district’s pages for a change to that district, the whole election otherwise', () => {
    const cache = new PageCache();
    cache.pin('kp1', { status: 200, html: '1' }, ['election:e', 'unit:x', 'district:d1']);
    cache.pin('kp2', { status: 200, html: '2' }, ['election:e', 'unit:y', 'district:d2']);
    cache.apply({ kind: 'election', electionId: 'e', districtId: 'd1' });
    expect(cache.isPinned('kp1')).toBe(false);
    expect(cache.isPinned('kp2')).toBe(true);
    cache.apply({ kind: 'election', electionId: 'e' });
    expect(cache.isPinned('kp2')).toBe(false);
  });
});
