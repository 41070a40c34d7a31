import { App, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import type { PlanReceiptResponse } from '../../../contracts/plan-receipts.contract';
import { useApiError } from '../../components/use-api-error';
import { formatDate } from '../../components/format';
import { useT } from '../../i18n/i18n';
import { useCan } from '../auth/session';
import { useAcknowledgePlan, usePlanReceipts } from './plans.api';

/**
 * "Đã nhận" of an issued plan: a unit it was sent to confirms receipt here; the issuing unit (and
 * those above) sees every recipient, who confirmed and when, and who has not yet.
 */
export function PlanReceipts({ planId }: { planId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const canWrite = useCan('work.write');
  const receipts = usePlanReceipts(planId, true);
  const acknowledge = useAcknowledgePlan(planId);
  const data = receipts.data;
  if (!data || (!data.mine && !data.all)) return null;
  const mine = data.mine;
  return (
    <Card size="small" title={t('plan.receipts')} data-testid="plan-receipts">
      <Flex vertical gap={8}>
        {mine &&
          (mine.acknowledgedAt ? (
            <Typography.Text data-testid="plan-received">
              <CheckOutlined aria-hidden />{' '}
              {t('plan.receivedOn', {
                date: formatDate(mine.acknowledgedAt),
                name: mine.acknowledgedByName ?? '',
              })}
            </Typography.Text>
          ) : (
            <Flex vertical gap={4} align="flex-start">
              <Typography.Text>{t('plan.receiptAsk', { unit: mine.unitName })}</Typography.Text>
              {canWrite && (
                <Button
                  type="primary"
                  loading={acknowledge.isPending}
                  onClick={() =>
                    acknowledge.mutate(undefined, {
                      onSuccess: () => void message.success(t('plan.acknowledged')),
                      onError: (e) => showError(e),
                    })
                  }
                >
                  {t('plan.acknowledge')}
                </Button>
              )}
            </Flex>
          ))}
        {data.all && (
          <>
            <Typography.Text strong>
              {t('plan.receiptsCount', { ack: data.acknowledged, total: data.total })}
            </Typography.Text>
            <Table<PlanReceiptResponse>
              rowKey="unitId"
              size="small"
              dataSource={data.items}
              pagination={data.items.length > 20 ? { pageSize: 20 } : false}
              locale={{ emptyText: t('plan.receiptsNone') }}
              columns={[
                { key: 'unit', title: t('plan.receiptUnit'), render: (_, r) => r.unitName },
                {
                  key: 'ack',
                  title: t('plan.receiptState'),
                  render: (_, r) =>
                    r.acknowledgedAt ? (
                      <Tag color="green">
                        {t('plan.receivedBy', {
                          date: formatDate(r.acknowledgedAt),
                          name: r.acknowledgedByName ?? '',
                        })}
                      </Tag>
                    ) : (
                      <Tag color="orange">{t('plan.receiptPending')}</Tag>
                    ),
                },
              ]}
            />
          </>
        )}
      </Flex>
    </Card>
  );
}
