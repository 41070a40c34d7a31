import { describe, expect, it } from 'vitest';
import { mondayOf, weekDays } from './week';

describe('week view dates', () => {
  it('starts weeks on Monday, also from a Sunday', () => {
    expect(mondayOf('2022-04-10')).toBe('2022-04-04');
    expect(mondayOf('2022-04-04', 1)).toBe('2022-04-11');
    expect(weekDays('2022-04-04').at(-1)).toBe('2022-04-10');
  });
});
