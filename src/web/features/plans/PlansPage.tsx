import { useState } from 'react';
import {
  Alert,
  Button,
  Col,
  Empty,
  Flex,
  Input,
  Row,
  Segmented,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import type { PlanListItemResponse } from '../../../contracts/plans.contract';
import { formatDateTime, formatDate } from '../../components/format';
import { useApiError } from '../../components/use-api-error';
import { useDebounced } from '../../components/use-debounced';
import { useT } from '../../i18n/i18n';
import { useCan, useMe } from '../auth/session';
import { PLAN_STATUSES, statusColor, statusLabel, type PlanStatus } from './plan-labels';
import { useOwnUnits } from './plan-scope';
import { useCreatePlan, usePlanList } from './plans.api';
import { RegisterPanel } from './RegisterPanel';
import './plan-editor.css';
import { useFormKey } from '../../api/use-form-key';

type Scope = 'all' | 'own' | 'above';

/** `/plans`: the plans of the user's subtree and the issued plans sent down from above. */
export function PlansPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const showError = useApiError();
  const canWrite = useCan('work.write');
  const [status, setStatus] = useState<PlanStatus | undefined>();
  const [scope, setScope] = useState<Scope>('all');
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const plans = usePlanList({ status, search: q || undefined });
  const items = plans.data?.items ?? [];
  const total = plans.data?.total ?? 0;
  const { own, above } = useOwnUnits(items.map((p) => p.unitId));
  const shown = items.filter((p) =>
    scope === 'all' ? true : scope === 'own' ? own.has(p.unitId) : above.has(p.unitId),
  );
  const { key } = useFormKey();
  const create = useCreatePlan(key);
  const createPlan = () =>
    create.mutate(me.unit.id, {
      onSuccess: (plan) => void navigate(`/plans/${plan.id}`),
      onError: (e) => showError(e),
    });
  const filtered = Boolean(status || q || scope !== 'all');

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} className="page-title">
          {t('plans.title')}
        </Typography.Title>
        {canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            loading={create.isPending}
            onClick={createPlan}
          >
            {t('plans.create')}
          </Button>
        )}
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={17}>
          <Flex vertical gap={12}>
            <Segmented<Scope>
              value={scope}
              onChange={setScope}
              options={[
                { value: 'all', label: t('plans.scope.all') },
                { value: 'own', label: t('plans.scope.own') },
                { value: 'above', label: t('plans.scope.above') },
              ]}
              data-testid="plans-scope"
            />
            <Flex gap={8} wrap>
              <Input
                allowClear
                type="search"
                prefix={<SearchOutlined />}
                value={search}
                onChange={(e) => setSearch(e.target.value)}
                placeholder={t('plans.search')}
                aria-label={t('plans.search')}
                style={{ flex: '1 1 220px' }}
              />
              <Select<PlanStatus>
                allowClear
                value={status}
                onChange={setStatus}
                placeholder={t('plans.status')}
                aria-label={t('plans.status')}
                options={PLAN_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
                style={{ flex: '0 1 180px', minWidth: 140 }}
              />
            </Flex>
            {total > items.length && (
              <Alert
                type="info"
                showIcon
                data-testid="plans-cut"
                title={t('plans.cut', { shown: items.length, total })}
              />
            )}
            <Table<PlanListItemResponse>
              rowKey="id"
              size="middle"
              loading={plans.isPending}
              dataSource={shown}
              pagination={shown.length > 20 ? { pageSize: 20 } : false}
              scroll={{ x: 900 }}
              data-testid="plans-table"
              locale={{
                emptyText: (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={filtered ? t('plans.emptyFiltered') : t('plans.empty')}
                  />
                ),
              }}
              columns={[
                {
                  title: t('plans.col.number'),
                  dataIndex: 'numberText',
                  width: 125,
                  className: 'nowrap',
                  render: (n: string | null, p) => (
                    <Link to={`/plans/${p.id}`}>{n ?? t('plans.noNumber')}</Link>
                  ),
                },
                {
                  title: t('plans.col.title'),
                  dataIndex: 'title',
                  render: (title: string, p) => (
                    <Link to={`/plans/${p.id}`}>{title.trim() || t('plans.untitled')}</Link>
                  ),
                },
                { title: t('plans.col.unit'), dataIndex: 'unitName', width: 150 },
                {
                  title: t('plans.col.status'),
                  dataIndex: 'status',
                  width: 120,
                  render: (s: PlanStatus) => <Tag color={statusColor(s)}>{statusLabel(t, s)}</Tag>,
                },
                {
                  title: t('plans.col.period'),
                  key: 'period',
                  width: 120,
                  render: (_: unknown, p) =>
                    p.periodFrom || p.periodTo
                      ? `${formatDate(p.periodFrom)} – ${formatDate(p.periodTo)}`
                      : '—',
                },
                {
                  title: t('plans.col.updated'),
                  dataIndex: 'updatedAt',
                  width: 130,
                  render: (v: string) => formatDateTime(v),
                },
              ]}
            />
          </Flex>
        </Col>
        <Col xs={24} xxl={7}>
          <RegisterPanel />
        </Col>
      </Row>
    </Flex>
  );
}
