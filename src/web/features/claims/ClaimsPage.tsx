import { useState } from 'react';
import { Badge, Button, Flex, Segmented, Table, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { formatDate } from '../../components/format';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { useCan } from '../auth/session';
import { useClaims, type ClaimResponse, type ClaimStatus } from './claims.api';
import { ClaimDetail } from './ClaimDetail';
import { ClaimDialog } from './ClaimDialog';

export const CLAIM_STATUSES = [
  'new',
  'verifying',
  'false',
  'misleading',
  'true',
  'not_election',
  'corrected',
  'closed',
] as const;
export const STATUS_COLOR: Record<ClaimResponse['status'], string> = {
  new: 'blue',
  verifying: 'gold',
  false: 'red',
  misleading: 'volcano',
  true: 'green',
  not_election: 'default',
  corrected: 'cyan',
  closed: 'default',
};

/** `/claims`: the misinformation desk, listed by status, each claim with the size of its case. */
export function ClaimsPage() {
  const t = useT();
  const canWrite = useCan('work.write');
  const [status, setStatus] = useState<ClaimStatus | 'all'>('all');
  const [adding, setAdding] = useState(false);
  const [open, setOpen] = useState<ClaimResponse | null>(null);
  const claims = useClaims({ status: status === 'all' ? undefined : status });
  return (
    <Flex vertical gap={16} data-testid="claims-page">
      <Flex gap={8} wrap justify="space-between" align="center">
        <Typography.Title level={1} className="page-title">
          {t('claims.title')}
        </Typography.Title>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('claims.add')}
          </Button>
        )}
      </Flex>
      <Typography.Text type="secondary">{t('claims.help')}</Typography.Text>
      <div style={{ overflowX: 'auto' }}>
        <Segmented
          value={status}
          onChange={setStatus}
          options={[
            { value: 'all', label: t('claims.all') },
            ...CLAIM_STATUSES.map((s) => ({
              value: s,
              label: t(`claims.status.${s}` as MessageKey),
            })),
          ]}
        />
      </div>
      <Table<ClaimResponse>
        rowKey="id"
        size="middle"
        scroll={{ x: 760 }}
        loading={claims.isLoading}
        dataSource={claims.data?.items ?? []}
        locale={{ emptyText: t('claims.empty') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          {
            key: 'text',
            title: t('claims.text'),
            render: (_, c) => (
              <Typography.Link onClick={() => setOpen(c)}>{c.text}</Typography.Link>
            ),
          },
          { key: 'unit', title: t('claims.unit'), render: (_, c) => c.unitName },
          {
            key: 'platform',
            title: t('claims.platform'),
            render: (_, c) => t(`claims.platform.${c.platform}` as MessageKey),
          },
          {
            key: 'seen',
            title: t('claims.firstSeen'),
            render: (_, c) => formatDate(c.firstSeenOn),
          },
          {
            key: 'status',
            title: t('content.col.status'),
            render: (_, c) => (
              <Tag color={STATUS_COLOR[c.status]}>
                {t(`claims.status.${c.status}` as MessageKey)}
              </Tag>
            ),
          },
          {
            key: 'case',
            title: <Tooltip title={t('claims.caseHelp')}>{t('claims.others')}</Tooltip>,
            render: (_, c) =>
              (c.groupSize ?? 1) > 1 ? (
                <Badge color="purple" text={t('claims.case', { n: c.groupSize ?? 1 })} />
              ) : (
                ''
              ),
          },
        ]}
      />
      <ClaimDialog open={adding} onClose={() => setAdding(false)} />
      <ClaimDetail claim={open} onClose={() => setOpen(null)} />
    </Flex>
  );
}
