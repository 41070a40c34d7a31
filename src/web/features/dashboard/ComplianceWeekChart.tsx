import { useMemo } from 'react';
import { useT } from '../../i18n/i18n';
import { complianceWeekOption } from '../../../contracts/compliance-week-chart';
import { formatWeek } from '../../components/format';
import { ChartCard, type ChartData } from './ChartCard';
import { complianceByWeek } from '../../../contracts/week-compliance';
import type { Obligation } from './progress.api';

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
      ...complianceWeekOption(rows, {
        due: t('dash.due'),
        met: t('dash.met'),
        rate: t('dash.ratePct'),
      }),
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
