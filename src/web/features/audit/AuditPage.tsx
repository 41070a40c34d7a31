import { useState } from 'react';
import {
  Alert,
  Card,
  DatePicker,
  Empty,
  Flex,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import type { Dayjs } from 'dayjs';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  type AuditAction,
  type AuditEntity,
  type AuditEntryResponse,
} from '../../../contracts/audit.contract';
import { formatDateTime, toApiDate } from '../../components/format';
import { hasMessage, useT, type Translate } from '../../i18n/i18n';
import { AuditChanges } from './AuditChanges';
import { useAudit } from './audit.api';

// Only presets whose text passes WCAG AA contrast on their own background (antd's green does not).
const ACTION_COLORS: Record<string, string> = {
  create: 'blue',
  delete: 'red',
  import: 'purple',
};

const labelOf = (t: Translate, prefix: 'entity' | 'action', value: string) => {
  const key = `${prefix}.${value}`;
  return hasMessage(key) ? t(key) : value;
};

const columns = (t: Translate): TableColumnsType<AuditEntryResponse> => [
  { key: 'at', title: t('audit.at'), render: (_, e) => formatDateTime(e.at), width: 150 },
  { key: 'actor', title: t('audit.actor'), dataIndex: 'actorName' },
  {
    key: 'action',
    title: t('audit.action'),
    render: (_, e) => <Tag color={ACTION_COLORS[e.action]}>{labelOf(t, 'action', e.action)}</Tag>,
  },
  { key: 'entity', title: t('audit.entity'), render: (_, e) => labelOf(t, 'entity', e.entity) },
  { key: 'unit', title: t('audit.unit'), render: (_, e) => e.unitName ?? '' },
];

type Range = [Dayjs | null, Dayjs | null] | null;

/** The change log of the user's subtree, filtered by object, action and period, page by page. */
export function AuditPage() {
  const t = useT();
  const [entity, setEntity] = useState<AuditEntity | undefined>();
  const [action, setAction] = useState<AuditAction | undefined>();
  const [range, setRange] = useState<Range>(null);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const from = range?.[0] ? toApiDate(range[0]) : undefined;
  const to = range?.[1] ? toApiDate(range[1]) : undefined;
  const audit = useAudit({ entity, action, from, to, page, pageSize });
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={1} className="page-title">
          {t('audit.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('audit.help')}</Typography.Text>
      </div>
      <Card size="small">
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Select
            allowClear
            placeholder={t('audit.entity')}
            aria-label={t('audit.entity')}
            value={entity}
            onChange={filter(setEntity)}
            options={AUDIT_ENTITIES.map((v) => ({ value: v, label: labelOf(t, 'entity', v) }))}
            style={{ flex: '1 1 160px' }}
          />
          <Select
            allowClear
            placeholder={t('audit.action')}
            aria-label={t('audit.action')}
            value={action}
            onChange={filter(setAction)}
            options={AUDIT_ACTIONS.map((v) => ({ value: v, label: labelOf(t, 'action', v) }))}
            style={{ flex: '1 1 160px' }}
          />
          <DatePicker.RangePicker
            format="DD/MM/YYYY"
            value={range}
            onChange={filter(setRange)}
            aria-label={t('audit.dateRange')}
            style={{ flex: '2 1 240px' }}
          />
        </Flex>
        {audit.isError && <Alert type="error" showIcon title={t('error.loadFailed')} />}
        <Table<AuditEntryResponse>
          data-testid="audit-table"
          rowKey="id"
          size="small"
          loading={audit.isFetching}
          dataSource={audit.data?.items ?? []}
          columns={columns(t)}
          scroll={{ x: 'max-content' }}
          expandable={{
            columnTitle: <span className="sr-only">{t('audit.changes')}</span>,
            expandedRowRender: (e) => <AuditChanges changes={e.changes} />,
            rowExpandable: (e) => Object.keys(e.changes).length > 0,
          }}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.empty')} />
            ),
          }}
          pagination={{
            current: page,
            pageSize,
            total: audit.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (n) => t('common.total', { n }),
            onChange: (p, size) => {
              setPage(size === pageSize ? p : 1);
              setPageSize(size);
            },
          }}
        />
      </Card>
    </Flex>
  );
}
