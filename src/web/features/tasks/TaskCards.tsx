import { Card, Empty, Flex, List, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { TaskResponse } from '../../../contracts/plans.contract';
import { useT } from '../../i18n/i18n';
import { channelLabel } from '../plans/plan-labels';

interface Props {
  tasks: TaskResponse[];
  loading?: boolean;
  showPlan?: boolean;
  empty: string;
  kindText: (task: TaskResponse) => string;
  period: (task: TaskResponse) => string;
}

/**
 * Tasks on a phone: one card each, the task's whole text first, then who, which plan, how and
 * when — a table of six columns would leave the text a word wide.
 */
export function TaskCards({ tasks, loading, showPlan = true, empty, kindText, period }: Props) {
  const t = useT();
  return (
    <List<TaskResponse>
      loading={loading}
      dataSource={tasks}
      pagination={tasks.length > 20 ? { pageSize: 20, size: 'small' } : false}
      locale={{ emptyText: <Empty description={empty} /> }}
      data-testid="tasks-cards"
      renderItem={(task) => (
        <List.Item key={task.id} style={{ padding: '4px 0', border: 0 }}>
          <Card size="small" style={{ width: '100%' }}>
            <Typography.Paragraph style={{ marginBottom: 6 }}>{task.title}</Typography.Paragraph>
            <Flex vertical gap={2} style={{ fontSize: 13 }}>
              <Typography.Text type="secondary">
                {t('task.assignee')}: {task.assigneeName}
              </Typography.Text>
              {showPlan && (
                <Typography.Text type="secondary">
                  {t('task.plan')}:{' '}
                  <Link to={`/plans/${task.planId}`} title={task.planTitle}>
                    {task.planNumberText ?? t('plans.noNumber')}
                  </Link>
                </Typography.Text>
              )}
              <Typography.Text type="secondary">
                {[channelLabel(t, task.channel), kindText(task), period(task)]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
            </Flex>
          </Card>
        </List.Item>
      )}
    />
  );
}
