import { useMemo, useState } from 'react';
import { Segmented } from 'antd';
import type { ActivityResponse } from '../../../contracts/activities.contract';
import { useT } from '../../i18n/i18n';
import { channelLabel } from '../plans/plan-labels';
import { ChartCard, type ChartData } from './ChartCard';
import { weekAxisLabel } from '../../../contracts/compliance-week-chart';
import { formatWeek } from '../../components/format';
import { activitiesByWeek } from './dashboard-data';
import type { Range } from './progress.api';

interface Props {
  items: ActivityResponse[];
  range: Range;
  loading: boolean;
}

/** Activities recorded per week, stacked by channel or by category. */
export function ActivitiesWeekChart({ items, range, loading }: Props) {
  const t = useT();
  const [by, setBy] = useState<'channel' | 'category'>('channel');
  const { weeks, series } = useMemo(
    () =>
      activitiesByWeek(items, range, by, (a) =>
        by === 'channel'
          ? a.channels.map((c) => channelLabel(t, c)).join(', ')
          : (a.categoryName ?? a.categoryCode),
      ),
    [items, range, by, t],
  );
  const data: ChartData = {
    header: [t('dash.week'), ...series.map((s) => s.name)],
    rows: weeks.map((w, i) => [formatWeek(t, w), ...series.map((s) => s.data[i] ?? 0)]),
  };
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 40, right: 12, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: weeks.map(weekAxisLabel) },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map((s) => ({ name: s.name, type: 'bar', stack: 'all', data: s.data })),
    }),
    [weeks, series],
  );
  return (
    <ChartCard
      testId="chart-activities-week"
      title={t('dash.activitiesByWeek')}
      help={t('dash.activitiesByWeekHelp')}
      data={series.length ? data : { header: data.header, rows: [] }}
      option={option}
      loading={loading}
      empty={t('dash.noActivities')}
      controls={
        <Segmented<'channel' | 'category'>
          size="small"
          value={by}
          onChange={setBy}
          options={[
            { value: 'channel', label: t('dash.byChannel') },
            { value: 'category', label: t('dash.byCategory') },
          ]}
          aria-label={t('dash.groupBy')}
        />
      }
    />
  );
}
