import { weekRange } from '../domain/shared/calendar';
import type { WeekCompliance } from '../domain/obligations/week-compliance';

// The compliance-by-week chart as an echarts option: one copy, drawn by the SPA's dashboard in
// the browser and by the dashboard's first view on the server (as SVG), so the two look alike.

/** "2022-W14" → "T14 (04/04)": short enough for an axis, still a date. */
export function weekAxisLabel(key: string): string {
  const range = weekRange(key);
  return `T${key.slice(-2)}${range ? ` (${range.from.slice(8, 10)}/${range.from.slice(5, 7)})` : ''}`;
}

/** Due and met task windows per week as bars, the rate in percent as a line. */
export function complianceWeekOption(
  rows: readonly WeekCompliance[],
  words: { due: string; met: string; rate: string },
) {
  return {
    legend: { top: 0 },
    grid: { left: 40, right: 44, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: rows.map((r) => weekAxisLabel(r.week)) },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    ],
    series: [
      { name: words.due, type: 'bar', data: rows.map((r) => r.due), color: '#9bb7df' },
      { name: words.met, type: 'bar', data: rows.map((r) => r.met), color: '#1558b0' },
      {
        name: words.rate,
        type: 'line',
        yAxisIndex: 1,
        data: rows.map((r) => r.rate),
        color: '#b3261e',
        connectNulls: true,
      },
    ],
  };
}
