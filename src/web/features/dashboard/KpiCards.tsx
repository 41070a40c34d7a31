import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useT } from '../../i18n/i18n';
import { percent } from '../../../contracts/week-compliance';

interface Props {
  rate: number | null;
  due: number;
  met: number;
  activities: number;
  lateReports: number;
  loading: boolean;
}

const vi = (n: number) => n.toLocaleString('vi-VN');

/** The headline numbers of a unit over the range. */
export function KpiCards({ rate, due, met, activities, lateReports, loading }: Props) {
  const t = useT();
  const cards = [
    {
      key: 'rate',
      title: t('dash.kpiRate'),
      value: percent(rate) ?? '—',
      suffix: rate === null ? undefined : '%',
      note: rate === null ? t('dash.kpiRateNone') : undefined,
    },
    { key: 'met', title: t('dash.kpiMet'), value: met, suffix: `/ ${vi(due)}` },
    { key: 'acts', title: t('dash.kpiActivities'), value: activities },
    { key: 'late', title: t('dash.kpiLate'), value: lateReports },
  ];
  return (
    <Row gutter={[12, 12]} data-testid="kpi-cards">
      {cards.map((c) => (
        <Col key={c.key} xs={12} md={6}>
          <Card size="small" loading={loading} style={{ height: '100%' }}>
            <Statistic
              title={c.title}
              value={c.value}
              suffix={c.suffix}
              // antd groups digits the English way ("1,234", "76.5"); the workspace writes them
              // as Vietnamese does everywhere else ("1.234", "76,5"), and so does the first view.
              formatter={(v) => (typeof v === 'number' ? vi(v) : v)}
              data-testid={`kpi-${c.key}`}
            />
            {c.note && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.note}
              </Typography.Text>
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
