import { useMemo, useState } from 'react';
import { Button, Flex, Select, Typography } from 'antd';
import { UnitPicker } from '../../components/UnitPicker';
import { formatDate } from '../../components/format';
import { overlaps } from '../../components/view-state';
import { useT } from '../../i18n/i18n';
import { useMe } from '../auth/session';
import { DashboardBreadcrumb } from '../dashboard/DashboardBreadcrumb';
import { RangeBar } from '../dashboard/RangeBar';
import { useView } from '../dashboard/use-view';
import { ViewProblems } from '../dashboard/ViewProblems';
import { usePlans, useTasks } from '../plans/plans.api';
import { useUnitDetail } from '../units/units.api';
import { TasksTable } from './TasksTable';

/**
 * `/tasks`: the tasks of the user's subtree, by plan; the shared unit (`?unit=`) narrows them to
 * that unit's subtree and the shared period (`?from=&to=`) to the tasks whose dates touch it.
 */
export function TasksPage() {
  const t = useT();
  const me = useMe();
  const view = useView();
  const [planId, setPlanId] = useState<string | undefined>();
  const unitId = view.unitId === me.unit.id ? undefined : view.unitId;
  const tasks = useTasks({ planId, withinUnitId: unitId });
  const unit = useUnitDetail(unitId).data?.unit;
  const plans = usePlans({});
  const planOptions = (plans.data ?? [])
    .filter((p) => p.status === 'issued' || p.status === 'closed')
    .map((p) => ({ value: p.id, label: `${p.numberText ?? ''} — ${p.title}` }));
  const range = view.hasRange ? view.range : null;
  const shown = useMemo(
    () =>
      (tasks.data ?? []).filter(
        (task) =>
          !range ||
          overlaps(
            { from: task.periodFrom ?? task.deadline, to: task.periodTo ?? task.deadline },
            range,
          ),
      ),
    [tasks.data, range],
  );
  const filtered = Boolean(planId || unitId || range);
  return (
    <Flex vertical gap={16}>
      <Flex gap={12} wrap justify="space-between" align="center">
        <Typography.Title level={1} className="page-title">
          {t('tasks.title')}
        </Typography.Title>
        <RangeBar value={range} onChange={view.setRange} />
      </Flex>
      <ViewProblems problems={view.problems} />
      <DashboardBreadcrumb unitId={view.unitId} base="/tasks" />
      <Typography.Text type="secondary">{t('tasks.help')}</Typography.Text>
      {range && (
        <Typography.Text data-testid="tasks-range">
          {t('tasks.inRange', { from: formatDate(range.from), to: formatDate(range.to) })}{' '}
          <Button type="link" size="small" onClick={view.clearRange}>
            {t('tasks.showAll')}
          </Button>
        </Typography.Text>
      )}
      <Flex gap={8} wrap>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={planId}
          onChange={setPlanId}
          options={planOptions}
          placeholder={t('tasks.filterPlan')}
          aria-label={t('tasks.filterPlan')}
          style={{ flex: '1 1 260px', minWidth: 0 }}
        />
        <div style={{ flex: '1 1 220px', minWidth: 0 }}>
          <UnitPicker
            key={unit?.id ?? 'mine'}
            initialOption={unit ? { value: unit.id, label: unit.name, kind: unit.kind } : undefined}
            allowClear
            value={unit ? unitId : undefined}
            onChange={view.setUnit}
            placeholder={t('tasks.filterUnit')}
            aria-label={t('tasks.filterUnit')}
          />
        </div>
      </Flex>
      <TasksTable
        tasks={shown}
        loading={tasks.isPending}
        empty={filtered ? t('tasks.emptyFiltered') : t('tasks.empty')}
      />
    </Flex>
  );
}
