import { describe, expect, it } from 'vitest';
import { vi } from '../../i18n/vi';
import { formatWeek } from '../../components/format';
import { weeksOfYear } from './week-label';

const t = (key: string, p: Record<string, string | number> = {}) =>
  (vi as Record<string, string>)[key]?.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k])) ?? key;

describe('weeks as officials read them', () => {
  it('reads 2022-W20 as "Tuần 20 (16/05–22/05/2022)"', () => {
    expect(formatWeek(t, '2022-W20')).toBe('Tuần 20 (16/05–22/05/2022)');
  });

  it('offers every week of a year, 53 in 2020 and 52 in 2022', () => {
    expect(weeksOfYear(2020)).toHaveLength(53);
    expect(weeksOfYear(2022)).toHaveLength(52);
    expect(weeksOfYear(2022)[19]).toBe('2022-W20');
  });
});
