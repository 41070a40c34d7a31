import { expect, test } from 'vitest';
import { today } from './weeks';

test('today is the civil date in Vietnam, not in the browser’s zone', () => {
  // 22:45 UTC on 21/11 is already 05:45 on 22/11 in Hà Nội.
  expect(today(new Date('2026-11-21T22:45:00Z'))).toBe('2026-11-22');
  expect(today(new Date('2026-11-21T16:59:00Z'))).toBe('2026-11-21');
});
