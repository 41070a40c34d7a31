import { describe, expect, test } from 'vitest';
import { recentWeeks, weekLabel, weekOfDay, weekOfKey, weekRange } from './report-week';

test('a week key maps to Monday–Sunday with the report due the Monday after', () => {
  expect(weekOfKey('2022-W14')).toEqual({
    key: '2022-W14',
    from: '2022-04-04',
    to: '2022-04-10',
    dueOn: '2022-04-11',
  });
  expect(weekOfKey('2020-W53')).toMatchObject({ from: '2020-12-28', to: '2021-01-03' });
  expect(weekOfKey('2021-W53')).toBeNull();
  expect(weekOfKey('nonsense')).toBeNull();
});

test('a Sunday belongs to the week that began the Monday before', () => {
  expect(weekOfDay('2022-04-10').key).toBe('2022-W14');
  expect(weekOfDay('2022-04-11').key).toBe('2022-W15');
  expect(recentWeeks('2022-01-05', 3)).toEqual(['2021-W51', '2021-W52', '2022-W01']);
});

describe('week labels and ranges', () => {
  test('a week reads in Vietnamese with its dates, both years when it spans two', () => {
    const w20 = weekOfKey('2022-W20');
    const w52 = weekOfKey('2021-W52');
    expect(w20 && weekLabel(w20)).toBe('Tuần 20 (16/05–22/05/2022)');
    expect(w52 && weekLabel(w52)).toBe('Tuần 52 (27/12/2021–02/01/2022)');
  });
  test('a range runs from the first week to the last, across a year, and is empty backwards', () => {
    expect(weekRange('2021-W52', '2022-W02', 26)).toEqual(['2021-W52', '2022-W01', '2022-W02']);
    expect(weekRange('2022-W02', '2021-W52', 26)).toEqual([]);
    expect(weekRange('2022-W01', '2022-W52', 3)).toHaveLength(3);
  });
});
