import { Button, Flex, Tabs, Typography } from 'antd';
import { FileDoneOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useT } from '../../i18n/i18n';
import { useMe } from '../auth/session';
import { useUnitDetail } from '../units/units.api';
import { today, weekKey, weekRange } from './iso-week';
import { ReportGrid } from './ReportGrid';
import { WeeklyReportPanel } from './WeeklyReportPanel';

/** `/reports`: my unit's weekly report (?week=), and the children's reports grid (?tab=grid). */
export function ReportsPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unit') ?? me.unit.id;
  const other = useUnitDetail(unitId === me.unit.id ? undefined : unitId);
  const asked = params.get('week') ?? '';
  const week = weekRange(asked) ? asked : weekKey(today());
  const tab = params.get('tab') === 'grid' ? 'grid' : 'weekly';
  const set = (key: string, value: string) =>
    setParams((p) => {
      p.set(key, value);
      return p;
    });

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap justify="space-between" align="center">
        <Typography.Title level={1} className="page-title">
          {t('rep.title')}
        </Typography.Title>
        <Button icon={<FileDoneOutlined />} onClick={() => void navigate('/reports/summary')}>
          {t('sum.open')}
        </Button>
      </Flex>
      {other.data && (
        <Typography.Text type="secondary">
          {t('rep.ofUnit', { unit: other.data.unit.name })}{' '}
          <Link to={`/reports?week=${week}`}>{t('rep.backToMine')}</Link>
        </Typography.Text>
      )}
      <Tabs
        activeKey={tab}
        onChange={(k) => set('tab', k)}
        items={[
          {
            key: 'weekly',
            label: t('rep.tabWeekly'),
            children: (
              <WeeklyReportPanel unitId={unitId} week={week} onWeek={(w) => set('week', w)} />
            ),
          },
          {
            key: 'grid',
            label: t('rep.tabGrid'),
            children: <ReportGrid unitId={unitId} week={week} onWeek={(w) => set('week', w)} />,
          },
        ]}
      />
    </Flex>
  );
}
