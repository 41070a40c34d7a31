import { Card, Empty, List, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import type { ReportGridResponse } from '../../../contracts/reports.contract';
import { LATE_SHOWN } from '../../../contracts/dashboard-spans';
import { lateReports } from '../../../contracts/late-reports';
import { formatDate, formatWeek } from '../../components/format';
import { formatViewState, parseViewState } from '../../components/view-state';
import { useT } from '../../i18n/i18n';
import { gridStateClass, gridStateLabel } from '../reports/report-labels';
import '../reports/reports.css';

interface Props {
  grid: ReportGridResponse | undefined;
  loading: boolean;
}

/**
 * Weekly reports of the children that came late or not at all, latest week first; a unit opens
 * the reports grid of its own children for that week, keeping the period.
 */
export function LateReports({ grid, loading }: Props) {
  const t = useT();
  const [params] = useSearchParams();
  const view = parseViewState(params).state;
  const gridOf = (unitId: string | undefined, week?: string) =>
    `/reports?${formatViewState({ ...view, unitId, week: week ?? view.week }, new URLSearchParams({ tab: 'grid' })).toString()}`;
  const late = lateReports(grid);
  return (
    <Card
      size="small"
      title={t('dash.lateReports')}
      loading={loading}
      data-testid="late-reports"
      extra={<Link to={gridOf(view.unitId)}>{t('dash.openGrid')}</Link>}
    >
      {late.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dash.noLateReports')} />
      ) : (
        <List
          size="small"
          dataSource={late.slice(0, LATE_SHOWN)}
          renderItem={(c) => (
            // On a phone the week and its deadline go under the unit rather than off the screen.
            <List.Item key={`${c.unitId}-${c.week}`} style={{ flexWrap: 'wrap', rowGap: 4 }}>
              <Typography.Text ellipsis style={{ flex: '1 1 160px', minWidth: 0 }}>
                <Link to={gridOf(c.unitId, c.week)} title={t('drill.open', { unit: c.unitName })}>
                  {c.unitName}
                </Link>
              </Typography.Text>
              <Typography.Text type="secondary" style={{ marginInline: 8 }}>
                {formatWeek(t, c.week)} · {t('dash.dueOn', { date: formatDate(c.dueOn) })}
              </Typography.Text>
              <Tag className={gridStateClass(c.state)}>{gridStateLabel(t, c.state)}</Tag>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
