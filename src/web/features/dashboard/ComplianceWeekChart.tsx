import { useMemo } from 'react';
import { useT } from '../../i18n/i18n';
import { weekRange } from '../../../contracts/weeks';
import { formatDate, formatWeek } from '../../components/format';
import { ChartCard, type ChartData } from './ChartCard';
import { complianceByWeek } from './dashboard-data';
import type { Obligation } from './progress.api';

/** "2022-W14" → "T14 (04/04)": short enough for an axis, still a date. */
export function weekLabel(key: string): string {
  const range = weekRange(key);
  return `T${key.slice(-2)}${range ? ` (${formatDate(range.from).slice(0, 5)})` : ''}`;
}

/** Due and met task windows per week, with the rate as a line. */
export function ComplianceWeekChart({ items, loading }: { items: Obligation[]; loading: boolean }) {
  const t = useT();
  const rows = useMemo(() => complianceByWeek(items), [items]);
  const data: ChartData = {
    header: [t('dash.week'), t('dash.due'), t('dash.met'), t('dash.ratePct')],
    rows: rows.map((r) => [formatWeek(t, r.week), r.due, r.met, r.rate]),
  };
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 44, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: rows.map((r) => weekLabel(r.week)) },
      yAxis: [
        { type: 'value', minInterval: 1 },
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      ],
      series: [
        { name: t('dash.due'), type: 'bar', data: rows.map((r) => r.due), color: '#9bb7df' },
        { name: t('dash.met'), type: 'bar', data: rows.map((r) => r.met), color: '#1558b0' },
        {
          name: t('dash.ratePct'),
          type: 'line',
          yAxisIndex: 1,
          data: rows.map((r) => r.rate),
          color: '#b3261e',
          connectNulls: true,
        },
      ],
    }),
    [rows, t],
  );
  return (
    <ChartCard
      testId="chart-compliance-week"
      title={t('dash.complianceByWeek')}
      help={t('dash.complianceByWeekHelp')}
      data={data}
      option={option}
      loading={loading}
      empty={t('dash.noObligations')}
    />
  );
}
