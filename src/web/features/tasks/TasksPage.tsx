import { useState } from 'react';
import { Flex, Select, Typography } from 'antd';
import { UnitPicker } from '../../components/UnitPicker';
import { useT } from '../../i18n/i18n';
import { usePlans, useTasks } from '../plans/plans.api';
import { TasksTable } from './TasksTable';

/** `/tasks`: the tasks of the user's subtree, by plan and by assignee. */
export function TasksPage() {
  const t = useT();
  const [planId, setPlanId] = useState<string | undefined>();
  const [unitId, setUnitId] = useState<string | undefined>();
  const tasks = useTasks({ planId, assigneeUnitId: unitId });
  const plans = usePlans({});
  const planOptions = (plans.data ?? [])
    .filter((p) => p.status === 'issued' || p.status === 'closed')
    .map((p) => ({ value: p.id, label: `${p.numberText ?? ''} — ${p.title}` }));
  const filtered = Boolean(planId || unitId);
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} className="page-title">
        {t('tasks.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('tasks.help')}</Typography.Text>
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
            allowClear
            value={unitId}
            onChange={setUnitId}
            placeholder={t('tasks.filterUnit')}
            aria-label={t('tasks.filterUnit')}
          />
        </div>
      </Flex>
      <TasksTable
        tasks={tasks.data ?? []}
        loading={tasks.isPending}
        empty={filtered ? t('tasks.emptyFiltered') : t('tasks.empty')}
      />
    </Flex>
  );
}
