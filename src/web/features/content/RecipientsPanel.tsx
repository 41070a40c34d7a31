import { useState } from 'react';
import { Flex, Switch, Table, Tag, Typography } from 'antd';
import { formatDate } from '../../components/format';
import { useT } from '../../i18n/i18n';
import { useRecipients, type RecipientList } from './content.api';

/** Who the item was sent to (within the viewer's subtree): who has acknowledged and who has not. */
export function RecipientsPanel({ id }: { id: string }) {
  const t = useT();
  const [pendingOnly, setPendingOnly] = useState(false);
  const list = useRecipients(id, true);
  const items = (list.data?.items ?? []).filter((r) => !pendingOnly || !r.acknowledgedAt);
  return (
    <Flex vertical gap={8} data-testid="recipients">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('content.recipients')}
        </Typography.Title>
        {list.data && list.data.total > 0 && (
          <Typography.Text strong>
            {t('content.acks', { ack: list.data.acknowledged, total: list.data.total })}
          </Typography.Text>
        )}
      </Flex>
      <Flex gap={8} align="center">
        <Switch
          size="small"
          checked={pendingOnly}
          onChange={setPendingOnly}
          aria-label={t('content.recipients.pendingOnly')}
        />
        <Typography.Text>{t('content.recipients.pendingOnly')}</Typography.Text>
      </Flex>
      <Table<RecipientList['items'][number]>
        rowKey="unitId"
        size="small"
        loading={list.isLoading}
        dataSource={items}
        pagination={items.length > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: t('content.recipients.none') }}
        columns={[
          { key: 'unit', title: t('content.col.unit'), render: (_, r) => r.unitName },
          {
            key: 'ack',
            title: t('content.col.delivery'),
            render: (_, r) =>
              r.acknowledgedAt ? (
                <Tag color="green">
                  {t('content.received.done', { date: formatDate(r.acknowledgedAt) })}
                </Tag>
              ) : (
                <Tag color="orange">{t('content.recipients.pending')}</Tag>
              ),
          },
        ]}
      />
    </Flex>
  );
}
