import { Alert, Badge, Button, Card, Empty, Flex, List, Spin, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { formatDate } from '../../components/format';
import { useT } from '../../i18n/i18n';
import { useCan } from '../auth/session';
import { useToday } from './today.api';
import { TodayLineItem, weekText } from './TodayLineItem';
import './today.css';

/** "Việc cần làm": what waits for the signed-in user today, grouped and counted; each line opens the thing. */
export function TodayPage() {
  const t = useT();
  const navigate = useNavigate();
  const writes = useCan('work.write');
  const query = useToday();
  const data = query.data;

  return (
    <Flex vertical gap={16} className="today-page">
      <Typography.Title level={1} className="page-title">
        {t('today.title')}
      </Typography.Title>
      {query.isError && <Alert type="error" showIcon title={t('error.unexpected')} />}
      {query.isPending && <Spin style={{ display: 'block', margin: 48 }} />}
      {data && (
        <Typography.Text type="secondary" data-testid="today-summary">
          {t('today.summary', {
            n: data.total,
            date: formatDate(data.today),
            week: weekText(t, data.week.key),
          })}
        </Typography.Text>
      )}
      {data && data.groups.length === 0 && (
        <Card>
          <Empty description={t('today.empty')}>
            <Typography.Paragraph type="secondary">{t('today.emptyHint')}</Typography.Paragraph>
            <Flex gap={8} wrap justify="center">
              {writes && (
                <Button type="primary" onClick={() => void navigate('/activities')}>
                  {t('today.open.activities')}
                </Button>
              )}
              <Button onClick={() => void navigate('/obligations')}>
                {t('today.open.obligations')}
              </Button>
              <Button onClick={() => void navigate('/dashboard')}>
                {t('today.open.dashboard')}
              </Button>
            </Flex>
          </Empty>
        </Card>
      )}
      {data?.groups.map((g) => (
        <Card
          key={g.key}
          size="small"
          data-testid={`today-${g.key}`}
          title={
            <Flex gap={8} align="center">
              <span className="today-group-title">{t(`today.group.${g.key}`)}</span>
              <Badge count={g.count} showZero color="#1558b0" overflowCount={999} />
            </Flex>
          }
        >
          <List
            size="small"
            dataSource={g.lines}
            rowKey={(l) => `${l.kind}:${l.id}`}
            renderItem={(line) => <TodayLineItem t={t} line={line} mine={g.key === 'waiting'} />}
          />
        </Card>
      ))}
    </Flex>
  );
}
