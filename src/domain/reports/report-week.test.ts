import { expect, test } from 'vitest';
import { recentWeeks, weekOfDay, weekOfKey } from './report-week';

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
