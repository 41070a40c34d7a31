import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isoWeekday,
  shiftWeek,
  weekday,
  weekKey,
  weekRange,
  weeksBetween,
  weekStart,
} from './calendar';

describe('civil dates', () => {
  it('adds days across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts whole days either way', () => {
    expect(daysBetween('2026-01-05', '2026-03-15')).toBe(69);
    expect(daysBetween('2026-03-15', '2026-01-05')).toBe(-69);
  });

  it('names the day of the week both ways of counting', () => {
    // 15/03/2026, the day of the vote, is a Sunday.
    expect(weekday('2026-03-15')).toBe(0);
    expect(isoWeekday('2026-03-15')).toBe(7);
    expect(isoWeekday('2026-03-09')).toBe(1);
  });
});

describe('ISO weeks', () => {
  it('gives a day its week, by the year of its Thursday', () => {
    expect(weekKey('2022-04-01')).toBe('2022-W13');
    expect(weekKey('2021-01-03')).toBe('2020-W53');
    expect(weekKey('2024-12-30')).toBe('2025-W01');
    expect(weekStart('2026-03-15')).toBe('2026-03-09');
  });

  it('gives a week its Monday and Sunday, and refuses what is not a week', () => {
    expect(weekRange('2022-W20')).toEqual({ n: 20, from: '2022-05-16', to: '2022-05-22' });
    expect(weekRange('2026-W01')).toEqual({ n: 1, from: '2025-12-29', to: '2026-01-04' });
    expect(weekRange('2020-W53')).toEqual({ n: 53, from: '2020-12-28', to: '2021-01-03' });
    expect(weekRange('2021-W53')).toBeNull();
    expect(weekRange('2022-W00')).toBeNull();
    expect(weekRange('2022-04')).toBeNull();
  });

  it('agrees with itself on every day of six years', () => {
    for (let day = '2020-01-01'; day < '2026-01-01'; day = addDays(day, 1)) {
      const range = weekRange(weekKey(day));
      expect(range && range.from <= day && day <= range.to, day).toBe(true);
    }
  });

  it('moves by weeks and lists the weeks of a span', () => {
    expect(shiftWeek('2025-W52', 1)).toBe('2026-W01');
    expect(shiftWeek('2026-W01', -1)).toBe('2025-W52');
    expect(shiftWeek('2026-04', 1)).toBe('2026-04');
    expect(weeksBetween('2025-12-24', '2026-01-05')).toEqual(['2025-W52', '2026-W01', '2026-W02']);
  });
});
