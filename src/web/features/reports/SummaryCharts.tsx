import { useMemo } from 'react';
import type { SummaryResponse } from '../../../contracts/reports.contract';
import { rollUpByChannel } from '../../../contracts/figures';
import { useT } from '../../i18n/i18n';
import { ChartCard, type ChartData } from '../dashboard/ChartCard';
import { weekAxisLabel } from '../../../contracts/compliance-week-chart';
import { channelLabel } from '../plans/plan-labels';
import { weekKey, weeksBetween } from '../../../contracts/weeks';

/** Rows × series of numbers as a chart's table: the chart, its table and its CSV share it. */
function matrix(
  rowNames: string[],
  seriesNames: string[],
  value: (r: string, s: string) => number,
) {
  return {
    rows: rowNames,
    series: seriesNames.map((name) => ({ name, data: rowNames.map((r) => value(r, name)) })),
  };
}

const barOption = (x: string[], series: Array<{ name: string; data: number[] }>) => ({
  tooltip: { trigger: 'axis' },
  legend: { type: 'scroll', top: 0 },
  grid: { left: 48, right: 12, top: 36, bottom: 28, containLabel: true },
  xAxis: { type: 'category', data: x, axisLabel: { interval: 0, hideOverlap: true } },
  yAxis: { type: 'value', minInterval: 1 },
  series: series.map((s) => ({ name: s.name, type: 'bar', stack: 'all', data: s.data })),
});

/** The sơ kết's figures as charts: quantities by channel (per measure), activities by week. */
export function SummaryCharts({ summary }: { summary: SummaryResponse }) {
  const t = useT();
  const byChannel = useMemo(() => {
    const lines = rollUpByChannel(summary.figures);
    const label = (l: (typeof lines)[number]) =>
      l.channels.map((c) => channelLabel(t, c)).join(', ');
    const names = [...new Set(lines.map(label))];
    const measures = [...new Set(lines.map((l) => l.measureUnit))];
    return matrix(names, measures, (r, m) =>
      lines
        .filter((l) => label(l) === r && l.measureUnit === m)
        .reduce((sum, l) => sum + l.quantity, 0),
    );
  }, [summary.figures, t]);
  const byWeek = useMemo(() => {
    const weeks = weeksBetween(summary.from, summary.to);
    const channels = [...new Set(summary.byWeek.map((w) => w.channel))];
    const m = matrix(
      weeks,
      channels.map((c) => channelLabel(t, c)),
      (week, name) =>
        summary.byWeek
          .filter((w) => weekKey(w.weekStart) === week && channelLabel(t, w.channel) === name)
          .reduce((sum, w) => sum + w.entries, 0),
    );
    return { ...m, rows: m.rows.map(weekAxisLabel) };
  }, [summary.byWeek, summary.from, summary.to, t]);
  const table = (head: string, m: typeof byChannel): ChartData => ({
    header: [head, ...m.series.map((s) => s.name)],
    rows: m.series.length ? m.rows.map((r, i) => [r, ...m.series.map((s) => s.data[i] ?? 0)]) : [],
  });
  return (
    <>
      <ChartCard
        testId="summary-chart-channel"
        title={t('sum.chartByChannel')}
        help={t('sum.chartByChannelHelp')}
        data={table(t('sum.chartChannel'), byChannel)}
        option={barOption(byChannel.rows, byChannel.series)}
        empty={t('sum.noChart')}
      />
      <ChartCard
        testId="summary-chart-week"
        title={t('sum.chartByWeek')}
        help={t('sum.chartByWeekHelp')}
        data={table(t('sum.chartWeek'), byWeek)}
        option={barOption(byWeek.rows, byWeek.series)}
        empty={t('sum.noChart')}
      />
    </>
  );
}
