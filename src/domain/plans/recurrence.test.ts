import { describe, expect, test } from 'vitest';
import { expandRecurrence, parseFrequency } from './recurrence';

describe('parseFrequency', () => {
  test('reads the wording of real plans', () => {
    expect(parseFrequency('tối thiểu 01 lần/tuần')).toEqual({ count: 1, per: 'week' });
    expect(parseFrequency('Duy trì thường xuyên với tần suất tối thiểu 02 lần/tuần')).toEqual({
      count: 2,
      per: 'week',
    });
    expect(parseFrequency('ít nhất 3 buổi mỗi tháng')).toEqual({ count: 3, per: 'month' });
    expect(parseFrequency('hằng tuần')).toEqual({ count: 1, per: 'week' });
    expect(parseFrequency('thường xuyên')).toBeNull();
  });
});

describe('ISO weeks', () => {
  test('"at least once a week from 01/4 to 15/6/2022" is due in 12 ISO weeks, the first and last clipped', () => {
    const weeks = expandRecurrence({ count: 1, per: 'week' }, '2022-04-01', '2022-06-15');
    expect(weeks).toHaveLength(12);
    expect(weeks[0]).toEqual({
      key: '2022-W13',
      from: '2022-04-01',
      to: '2022-04-03',
      required: 1,
    });
    expect(weeks[1]).toMatchObject({ key: '2022-W14', from: '2022-04-04', to: '2022-04-10' });
    expect(weeks.at(-1)).toEqual({
      key: '2022-W24',
      from: '2022-06-13',
      to: '2022-06-15',
      required: 1,
    });
  });

  test('monthly rules give calendar months and an empty period gives nothing', () => {
    expect(
      expandRecurrence({ count: 2, per: 'month' }, '2022-04-15', '2022-06-05').map((p) => [
        p.key,
        p.from,
        p.to,
      ]),
    ).toEqual([
      ['2022-04', '2022-04-15', '2022-04-30'],
      ['2022-05', '2022-05-01', '2022-05-31'],
      ['2022-06', '2022-06-01', '2022-06-05'],
    ]);
    expect(expandRecurrence({ count: 1, per: 'week' }, '2022-06-15', '2022-04-01')).toEqual([]);
  });
});
