import { useMemo } from 'react';
import type { ComplianceResponse } from '../../../contracts/activities.contract';
import { useT } from '../../i18n/i18n';
import { ChartCard, type ChartData } from './ChartCard';
import { percent } from './dashboard-data';

type Child = ComplianceResponse['children'][number];

interface Props {
  unitId: string;
  items: Child[];
  loading: boolean;
  onDrill: (child: Child) => void;
}

/** Children ranked by compliance, worst first; a click opens that unit's dashboard. */
export function ChildrenChart({ unitId, items, loading, onDrill }: Props) {
  const t = useT();
  const rows = useMemo(() => items.filter((c) => c.due > 0), [items]);
  const data: ChartData = {
    header: [t('dash.unit'), t('dash.due'), t('dash.met'), t('dash.ratePct')],
    rows: rows.map((c) => [c.unitName, c.due, c.met, percent(c.rate)]),
  };
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      xAxis: {
        type: 'value',
        min: 0,
        max: 100,
        axisLabel: { formatter: '{value}%', hideOverlap: true },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((c) => c.unitName),
        axisLabel: { width: 150, overflow: 'truncate' },
      },
      series: [
        {
          name: t('dash.ratePct'),
          type: 'bar',
          cursor: 'pointer',
          barMaxWidth: 28,
          label: { show: true, position: 'right', formatter: '{c}%' },
          data: rows.map((c) => {
            const value = percent(c.rate) ?? 0;
            const color = value >= 80 ? '#2e7d32' : value >= 50 ? '#d48806' : '#b3261e';
            return { value, itemStyle: { color } };
          }),
        },
      ],
    }),
    [rows, t],
  );
  const drill = (i: number) => {
    const child = rows[i];
    if (child && child.unitId !== unitId) onDrill(child);
  };
  return (
    <ChartCard
      testId="chart-children"
      title={t('dash.children')}
      help={t('dash.childrenHelp')}
      data={data}
      option={option}
      loading={loading}
      empty={t('dash.noChildren')}
      height={Math.max(160, rows.length * 36 + 24)}
      onItemClick={drill}
    />
  );
}
