import { Card, Empty, List, Tag, Typography } from 'antd';
import { formatDate } from '../../components/format';
import { useT } from '../../i18n/i18n';
import { obligationStatusColor, obligationStatusLabel } from '../obligations/obligation-labels';
import { UPCOMING_SHOWN } from '../../../contracts/dashboard-spans';
import { upcoming } from '../../../contracts/week-compliance';
import type { Obligation } from './progress.api';

/** Task windows still open, soonest deadline first. */
export function UpcomingDeadlines({ items, loading }: { items: Obligation[]; loading: boolean }) {
  const t = useT();
  const list = upcoming(items).slice(0, UPCOMING_SHOWN);
  return (
    <Card size="small" title={t('dash.upcoming')} loading={loading} data-testid="upcoming">
      {list.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dash.noUpcoming')} />
      ) : (
        <List
          size="small"
          dataSource={list}
          renderItem={(o) => (
            <List.Item key={o.id}>
              <List.Item.Meta
                title={
                  <Typography.Text ellipsis={{ tooltip: o.taskTitle }}>
                    {o.taskTitle}
                  </Typography.Text>
                }
                description={`${o.assigneeName} · ${t('dash.deadline', { date: formatDate(o.to) })} · ${o.done}/${o.required}`}
              />
              <Tag color={obligationStatusColor(o.status)}>
                {obligationStatusLabel(t, o.status)}
              </Tag>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
