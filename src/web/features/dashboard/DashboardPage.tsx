import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Col, Flex, Row, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { lateReports } from '../../../contracts/late-reports';
import { useT } from '../../i18n/i18n';
import { ActivitiesWeekChart } from './ActivitiesWeekChart';
import { ChildrenChart } from './ChildrenChart';
import { ComplianceWeekChart } from './ComplianceWeekChart';
import { DashboardBreadcrumb } from './DashboardBreadcrumb';
import { KpiCards } from './KpiCards';
import { LateReports } from './LateReports';
import { dashboardQueries } from './dashboard-queries';
import { RangeBar } from './RangeBar';
import { useView } from './use-view';
import { ViewProblems } from './ViewProblems';
import { UpcomingDeadlines } from './UpcomingDeadlines';
import './dashboard.css';

/** `/dashboard`: a unit's compliance, activities and reports over a date range, with drill-down. */
export function DashboardPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { unitId, range, setRange, setUnit, problems } = useView();
  const q = dashboardQueries(unitId, range);
  const keep = { placeholderData: keepPreviousData };
  const compliance = useQuery({ ...q.compliance, ...keep });
  const figures = useQuery({ ...q.figures, ...keep });
  const obligations = useQuery({ ...q.obligations, ...keep });
  const activities = useQuery(q.activities);
  const grid = useQuery({ ...q.grid, ...keep });
  const ahead = useQuery({ ...q.ahead, ...keep });

  const entries = (figures.data?.rows ?? []).reduce((n, r) => n + r.entries, 0);
  const late = lateReports(grid.data).length;

  return (
    <Flex vertical gap={16} className="dashboard">
      <Flex gap={12} wrap justify="space-between" align="center">
        <Typography.Title level={1} className="page-title">
          {t('dash.title')}
        </Typography.Title>
        <RangeBar value={range} onChange={setRange} />
      </Flex>
      <ViewProblems problems={problems} />
      <DashboardBreadcrumb unitId={unitId} base="/dashboard" />
      <KpiCards
        rate={compliance.data?.rate ?? null}
        due={compliance.data?.due ?? 0}
        met={compliance.data?.met ?? 0}
        activities={entries}
        lateReports={late}
        loading={compliance.isPending || figures.isPending}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <ComplianceWeekChart items={obligations.data ?? []} loading={obligations.isPending} />
        </Col>
        <Col xs={24} xl={12}>
          <ActivitiesWeekChart
            items={activities.data ?? []}
            range={range}
            loading={activities.isPending}
          />
        </Col>
        <Col xs={24} xl={12}>
          <ChildrenChart
            unitId={unitId}
            items={compliance.data?.children ?? []}
            loading={compliance.isPending}
            onDrill={(c) => setUnit(c.unitId)}
            onOwn={() => {
              const next = new URLSearchParams(params);
              next.set('unit', unitId);
              void navigate(`/obligations?${next.toString()}`);
            }}
          />
        </Col>
        <Col xs={24} xl={12}>
          <Flex vertical gap={16}>
            <LateReports grid={grid.data} loading={grid.isPending} />
            <UpcomingDeadlines items={ahead.data ?? []} loading={ahead.isPending} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
