import { phaseReportKey } from '../reports/phase-key';
import { describe, expect, it } from 'vitest';
import { weekLabel } from './week-label';

describe('weekLabel', () => {
  it('reads a week as its number and its Monday to Sunday', () => {
    expect(weekLabel('2022-W20')).toBe('Tuần 20 (16/05–22/05/2022)');
    expect(weekLabel('2022-W13')).toBe('Tuần 13 (28/03–03/04/2022)');
  });

  it('names both years of a week that crosses the new year', () => {
    expect(weekLabel('2026-W01')).toBe('Tuần 1 (29/12/2025–04/01/2026)');
    expect(weekLabel('2020-W53')).toBe('Tuần 53 (28/12/2020–03/01/2021)');
  });

  it('reads a month key as a month, and leaves anything else as it is', () => {
    expect(weekLabel('2022-04')).toBe('Tháng 4/2022');
    expect(weekLabel('2021-W53')).toBe('2021-W53');
    expect(weekLabel('whatever')).toBe('whatever');
  });

  it('reads a phase’s key as its name and dates, as a sơ kết names its period', () => {
    expect(weekLabel(phaseReportKey('Đợt 1', '2021-01-18', '2021-03-25'))).toBe(
      'Đợt 1 (18/01/2021–25/03/2021)',
    );
    expect(weekLabel('Giai đoạn cao điểm 2026-03-01/2026-03-15')).toBe(
      'Giai đoạn cao điểm (01/03/2026–15/03/2026)',
    );
  });

  it('speaks the other language when given its words', () => {
    expect(weekLabel('2022-W20', { week: 'Week', month: 'Month' })).toBe(
      'Week 20 (16/05–22/05/2022)',
    );
  });
});
