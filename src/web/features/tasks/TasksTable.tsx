import { Grid, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { TaskResponse } from '../../../contracts/plans.contract';
import type { Translate } from '../../i18n/i18n';
import { useT } from '../../i18n/i18n';
import { channelLabel } from '../plans/plan-labels';
import { TaskCards } from './TaskCards';
import { formatDate } from '../../components/format';

/** "tối thiểu 1 lần/tuần" for a recurring task, "hạn 15/06/2022" for a one-off. */
export function taskKindText(t: Translate, task: TaskResponse): string {
  if (task.kind === 'recurring' && task.recurrence) {
    const key = task.recurrence.per === 'week' ? 'task.atLeastPerWeek' : 'task.atLeastPerMonth';
    return t(key, { n: task.recurrence.count });
  }
  if (task.deadline) return t('task.deadlineOn', { date: formatDate(task.deadline) });
  return task.frequencyText ?? t('task.once');
}

const period = (task: TaskResponse) =>
  task.periodFrom || task.periodTo
    ? `${formatDate(task.periodFrom)} – ${formatDate(task.periodTo)}`
    : '';

interface Props {
  tasks: TaskResponse[];
  loading?: boolean;
  showPlan?: boolean;
  empty: string;
}

/**
 * Tasks as a table: what, who, which plan, channel, how often or by when, and the period; on a
 * phone, as cards.
 */
export function TasksTable({ tasks, loading, showPlan = true, empty }: Props) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  if (screens.md === false)
    return (
      <TaskCards
        tasks={tasks}
        loading={loading}
        showPlan={showPlan}
        empty={empty}
        kindText={(task) => taskKindText(t, task)}
        period={period}
      />
    );
  return (
    <Table<TaskResponse>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={tasks}
      pagination={tasks.length > 20 ? { pageSize: 20 } : false}
      scroll={{ x: 720 }}
      locale={{ emptyText: empty }}
      data-testid="tasks-table"
      columns={[
        {
          title: t('task.text'),
          dataIndex: 'title',
          render: (title: string) => (
            <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ margin: 0 }}>
              {title}
            </Typography.Paragraph>
          ),
        },
        { title: t('task.assignee'), dataIndex: 'assigneeName', width: 170 },
        ...(showPlan
          ? [
              {
                title: t('task.plan'),
                key: 'plan',
                width: 130,
                render: (_: unknown, task: TaskResponse) => (
                  <Link to={`/plans/${task.planId}`} title={task.planTitle}>
                    {task.planNumberText ?? t('plans.noNumber')}
                  </Link>
                ),
              },
            ]
          : []),
        {
          title: t('task.channel'),
          key: 'channel',
          width: 140,
          render: (_: unknown, task: TaskResponse) => channelLabel(t, task.channel),
        },
        {
          title: t('task.kind'),
          key: 'kind',
          width: 160,
          render: (_: unknown, task: TaskResponse) => taskKindText(t, task),
        },
        {
          title: t('task.period'),
          key: 'period',
          width: 190,
          render: (_: unknown, task: TaskResponse) => period(task),
        },
      ]}
    />
  );
}
