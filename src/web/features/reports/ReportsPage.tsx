import { Button, Flex, Tabs, Typography } from 'antd';
import { FileDoneOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { carryView } from '../../components/view-state';
import { useT } from '../../i18n/i18n';
import { useMe } from '../auth/session';
import { DashboardBreadcrumb } from '../dashboard/DashboardBreadcrumb';
import { useView } from '../dashboard/use-view';
import { ViewProblems } from '../dashboard/ViewProblems';
import { useUnitDetail } from '../units/units.api';
import { ReportGrid } from './ReportGrid';
import { WeeklyReportPanel } from './WeeklyReportPanel';

/** `/reports`: my unit's weekly report (?week=), and the children's reports grid (?tab=grid). */
export function ReportsPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { unitId, week, setWeek, setUnit, problems } = useView();
  const other = useUnitDetail(unitId === me.unit.id ? undefined : unitId);
  const mine = new URLSearchParams(params);
  mine.delete('unit');
  const tab = params.get('tab') === 'grid' ? 'grid' : 'weekly';
  const setTab = (value: string) =>
    setParams((p) => {
      p.set('tab', value);
      return p;
    });

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap justify="space-between" align="center">
        <Typography.Title level={1} className="page-title">
          {t('rep.title')}
        </Typography.Title>
        <Button
          icon={<FileDoneOutlined />}
          onClick={() => void navigate(carryView('/reports/summary', params))}
        >
          {t('sum.open')}
        </Button>
      </Flex>
      <ViewProblems problems={problems} />
      <DashboardBreadcrumb unitId={unitId} base="/reports" />
      {other.data && (
        <Typography.Text type="secondary">
          {t('rep.ofUnit', { unit: other.data.unit.name })}{' '}
          <Link to={`/reports?${mine.toString()}`}>{t('rep.backToMine')}</Link>
        </Typography.Text>
      )}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'weekly',
            label: t('rep.tabWeekly'),
            children: <WeeklyReportPanel unitId={unitId} week={week} onWeek={setWeek} />,
          },
          {
            key: 'grid',
            label: t('rep.tabGrid'),
            children: <ReportGrid unitId={unitId} week={week} onWeek={setWeek} onDrill={setUnit} />,
          },
        ]}
      />
    </Flex>
  );
}
