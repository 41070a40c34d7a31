import { expect, test } from 'vitest';
import { ancestorIds, childPath, isWithin } from './unit';

test('a child path extends its parent path', () => {
  expect(childPath(null, 'a')).toBe('/a/');
  expect(childPath('/a/', 'b')).toBe('/a/b/');
});

test('subtree membership is a prefix test that does not confuse siblings with similar ids', () => {
  expect(isWithin('/a/b/', '/a/')).toBe(true);
  expect(isWithin('/a/', '/a/')).toBe(true);
  expect(isWithin('/ab/', '/a/')).toBe(false);
  expect(isWithin('/a/', '/a/b/')).toBe(false);
});

test('ancestors are read root first without the node itself', () => {
  expect(ancestorIds('/a/b/c/')).toEqual(['a', 'b']);
  expect(ancestorIds('/a/')).toEqual([]);
});
