import { describe, expect, it } from 'vitest';
import { shiftWeek, weekKey, weekRange, weeksBetween, weekStart } from './iso-week';

describe('ISO weeks in the browser', () => {
  it('names weeks by the year of their Thursday', () => {
    expect(weekKey('2022-04-04')).toBe('2022-W14');
    expect(weekKey('2022-04-10')).toBe('2022-W14');
    expect(weekKey('2021-01-03')).toBe('2020-W53');
    expect(weekKey('2024-12-30')).toBe('2025-W01');
  });

  it('turns keys back into Monday–Sunday ranges and refuses impossible ones', () => {
    expect(weekRange('2022-W14')).toEqual({ from: '2022-04-04', to: '2022-04-10' });
    expect(weekRange('2021-W53')).toBeNull();
    expect(weekRange('nope')).toBeNull();
  });

  it('moves across years and lists the weeks of a range', () => {
    expect(shiftWeek('2021-W01', -1)).toBe('2020-W53');
    expect(weekStart('2022-04-07')).toBe('2022-04-04');
    expect(weeksBetween('2021-01-18', '2021-02-01')).toEqual(['2021-W03', '2021-W04', '2021-W05']);
  });
});
