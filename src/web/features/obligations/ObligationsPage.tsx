import { useMemo, useState } from 'react';
import { Button, Card, Collapse, Empty, Flex, Spin, Switch, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate, formatWeek } from '../../components/format';
import { hasMessage, useT, type Translate } from '../../i18n/i18n';
import { DashboardBreadcrumb } from '../dashboard/DashboardBreadcrumb';
import { judged } from '../../../contracts/week-compliance';
import { useObligations, type Obligation } from '../dashboard/progress.api';
import { RangeBar } from '../dashboard/RangeBar';
import { useView } from '../dashboard/use-view';
import { ViewProblems } from '../dashboard/ViewProblems';
import { groupObligations } from './group-obligations';
import {
  isOverdue,
  obligationStatusColor,
  obligationStatusLabel,
  overdueLine,
} from './obligation-labels';

/** `/obligations`: unit → task → week, each window with its status, worst first. */
export function ObligationsPage() {
  const t = useT();
  const { unitId, range, setRange, setUnit, problems } = useView();
  const [onlyProblems, setOnlyProblems] = useState(false);
  const query = useObligations(unitId, range);
  const groups = useMemo(() => {
    const items = (query.data ?? []).filter(
      (o) =>
        !onlyProblems || (judged(o.status).due && !judged(o.status).met) || o.status === 'pending',
    );
    return groupObligations(items);
  }, [query.data, onlyProblems]);

  return (
    <Flex vertical gap={16}>
      <Flex gap={12} wrap justify="space-between" align="center">
        <Typography.Title level={1} className="page-title">
          {t('ob.title')}
        </Typography.Title>
        <RangeBar value={range} onChange={setRange} />
      </Flex>
      <ViewProblems problems={problems} />
      <DashboardBreadcrumb unitId={unitId} base="/obligations" />
      <Typography.Text type="secondary">{t('ob.help')}</Typography.Text>
      <Flex gap={8} align="center">
        <Switch checked={onlyProblems} onChange={setOnlyProblems} id="only-problems" />
        <label htmlFor="only-problems">{t('ob.onlyProblems')}</label>
      </Flex>
      {query.isPending ? (
        <Spin style={{ margin: 32 }} />
      ) : groups.length === 0 ? (
        <Card size="small">
          <Empty description={t(onlyProblems ? 'ob.emptyProblems' : 'ob.empty')} />
        </Card>
      ) : (
        <Collapse
          data-testid="obligations"
          defaultActiveKey={groups.slice(0, 1).map((g) => g.unitId)}
          items={groups.map((g) => ({
            key: g.unitId,
            label: (
              <Flex gap={8} wrap justify="space-between" style={{ width: '100%' }}>
                <Typography.Text strong>{g.unitName}</Typography.Text>
                <Typography.Text type="secondary">
                  {t('ob.unitSummary', { met: g.met, due: g.due })}
                </Typography.Text>
              </Flex>
            ),
            extra:
              g.unitId === unitId ? undefined : (
                <Button
                  type="link"
                  size="small"
                  data-testid="obligation-drill"
                  onClick={(e) => {
                    e.stopPropagation();
                    setUnit(g.unitId);
                  }}
                >
                  {t('drill.open', { unit: g.unitName })}
                </Button>
              ),
            children: (
              <Flex vertical gap={12}>
                <OverdueWindows tasks={g.tasks} />
                {g.tasks.map((task) => (
                  <div key={task.taskId} data-testid="obligation-task">
                    <Typography.Text>{task.taskTitle}</Typography.Text>
                    {task.channel && (
                      <Typography.Text type="secondary">
                        {' '}
                        · {channelName(t, task.channel)}
                      </Typography.Text>
                    )}
                    <Flex gap={4} wrap style={{ marginTop: 4 }}>
                      {task.windows.map((o) => (
                        <WindowTag key={o.id} o={o} />
                      ))}
                    </Flex>
                  </div>
                ))}
              </Flex>
            ),
          }))}
        />
      )}
    </Flex>
  );
}

/** A channel code in words (obligations carry it as plain text). */
function channelName(t: Translate, code: string): string {
  const key = `channel.${code}`;
  return hasMessage(key) ? t(key) : code;
}

/** One window: its week (or deadline) and status; a week links to that unit's weekly report. */
function WindowTag({ o }: { o: Obligation }) {
  const t = useT();
  const label = `${o.kind === 'once' ? formatDate(o.to) : formatWeek(t, o.key)} · ${obligationStatusLabel(t, o.status)}`;
  const tip = `${formatDate(o.from)}–${formatDate(o.to)}: ${t('ob.doneOf', { done: o.done, required: o.required })}`;
  const tag = <Tag color={obligationStatusColor(o.status)}>{label}</Tag>;
  return (
    <Tooltip title={tip}>
      {o.kind === 'week' ? (
        <Link
          to={`/reports?unit=${o.assigneeUnitId}&week=${o.key}`}
          aria-label={`${label}. ${tip}`}
        >
          {tag}
        </Link>
      ) : (
        <span tabIndex={0} aria-label={`${label}. ${tip}`}>
          {tag}
        </span>
      )}
    </Tooltip>
  );
}

/** The weeks and deadlines a unit let pass unmet, one line each, under the task they belong to. */
function OverdueWindows({
  tasks,
}: {
  tasks: Array<{ taskId: string; taskTitle: string; windows: Obligation[] }>;
}) {
  const t = useT();
  const rows = tasks.flatMap((task) =>
    task.windows.filter(isOverdue).map((o) => ({ o, title: task.taskTitle })),
  );
  if (rows.length === 0) return null;
  return (
    <div data-testid="overdue-windows">
      <Typography.Text strong type="danger">
        {t('ob.overdueWeeks')}
      </Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
        {rows.map(({ o, title }) => (
          <li key={o.id}>
            {overdueLine(t, o)}
            <Typography.Text type="secondary"> · {title}</Typography.Text>
          </li>
        ))}
      </ul>
    </div>
  );
}
