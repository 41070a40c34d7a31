import { useMemo } from 'react';
import type { ComplianceResponse } from '../../../contracts/activities.contract';
import { useT } from '../../i18n/i18n';
import { ChartCard, type ChartData } from './ChartCard';
import { percent } from '../../../contracts/week-compliance';

type Child = ComplianceResponse['children'][number];

interface Props {
  unitId: string;
  items: Child[];
  loading: boolean;
  onDrill: (child: Child) => void;
  /** The unit's own row ("(trực tiếp)"): opens its own task windows, down to the week. */
  onOwn: () => void;
}

const BUCKETS = [
  { key: 'onTime', label: 'dash.onTime', color: '#2e7d32' },
  { key: 'late', label: 'dash.late', color: '#d48806' },
  { key: 'inWindow', label: 'dash.inWindow', color: '#1677ff' },
  { key: 'overdue', label: 'dash.overdue', color: '#b3261e' },
] as const;

/**
 * Children worst first, each a stacked bar of its task windows in four buckets (on time, late,
 * in window, overdue); a click opens that unit's dashboard, or the unit's own windows.
 */
export function ChildrenChart({ unitId, items, loading, onDrill, onOwn }: Props) {
  const t = useT();
  const rows = useMemo(
    () => items.filter((c) => c.onTime + c.late + c.inWindow + c.overdue > 0),
    [items],
  );
  const data: ChartData = {
    header: [
      t('dash.unit'),
      ...BUCKETS.map((b) => t(b.label)),
      t('dash.due'),
      t('dash.met'),
      t('dash.ratePct'),
    ],
    rows: rows.map((c) => [
      c.unitName,
      ...BUCKETS.map((b) => c[b.key]),
      c.due,
      c.met,
      percent(c.rate),
    ]),
  };
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      grid: { left: 8, right: 24, top: 8, bottom: 32, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { hideOverlap: true } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((c) => c.unitName),
        axisLabel: { width: 150, overflow: 'truncate' },
      },
      series: BUCKETS.map((b) => ({
        name: t(b.label),
        type: 'bar',
        stack: 'windows',
        cursor: 'pointer',
        barMaxWidth: 28,
        itemStyle: { color: b.color },
        label: {
          show: true,
          formatter: (p: { value: number }) => (p.value ? String(p.value) : ''),
        },
        data: rows.map((c) => c[b.key]),
      })),
    }),
    [rows, t],
  );
  const drill = (i: number) => {
    const child = rows[i];
    if (!child) return;
    if (child.unitId === unitId) onOwn();
    else onDrill(child);
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
      height={Math.max(180, rows.length * 36 + 56)}
      onItemClick={drill}
    />
  );
}
