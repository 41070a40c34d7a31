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
