import { expect, test } from 'vitest';
import { FragmentCache } from './fragment-cache';

test('concurrent first loads share one query; a change drops exactly what it tags', async () => {
  const cache = new FragmentCache();
  let loads = 0;
  const load = (value: string, tags: string[]) => async () => {
    loads++;
    await new Promise((r) => setTimeout(r, 5));
    return { value, tags };
  };
  const [a, b] = await Promise.all([
    cache.memo('district|1', load('d1', ['election:e1'])),
    cache.memo('district|1', load('d1', ['election:e1'])),
  ]);
  expect([a, b, loads]).toEqual(['d1', 'd1', 1]);
  await cache.memo('news|v1', load('n1', ['unit:u1']));
  cache.apply({ kind: 'election', electionId: 'e1' });
  await cache.memo('district|1', load('d1b', ['election:e1']));
  await cache.memo('news|v1', load('n1b', ['unit:u1']));
  expect(loads).toBe(3);
});

test('a failed load is not kept', async () => {
  const cache = new FragmentCache();
  await expect(cache.memo('x', () => Promise.reject(new Error('db down')))).rejects.toThrow(
    'db down',
  );
  expect(await cache.memo('x', async () => ({ value: 1, tags: [] }))).toBe(1);
});
