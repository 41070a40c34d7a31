import { useState } from 'react';
import { Alert, Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { InboxItemResponse } from '../../../contracts/inbox.contract';
import { formatDate } from '../../components/format';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useCan } from '../auth/session';
import { documentName, InboxDocument } from './InboxDocument';
import { VerifyDocumentDialog } from './VerifyDocumentDialog';
import { useInbox, useReceive } from './inbox.api';

function Signature({ item }: { item: InboxItemResponse }) {
  const t = useT();
  if (item.signedBy)
    return (
      <Typography.Text type="secondary">
        <SafetyCertificateOutlined aria-hidden style={{ color: '#cf1322' }} />{' '}
        {t('inbox.signedBy', { by: item.signedBy })}
      </Typography.Text>
    );
  return (
    <Typography.Text type="secondary">
      {item.pdfStatus === 'ready' ? t('inbox.unsigned') : t('inbox.pdfPending')}
    </Typography.Text>
  );
}

/**
 * "Văn bản đến": every plan sent to the user's unit (given it work, or named in Nơi nhận) and
 * every sơ kết of the units right below, newest first, with its number, date, issuer and
 * signature; opening one records that it was received, and the issuer sees who has not yet.
 */
export function InboxPage() {
  const t = useT();
  const inbox = useInbox();
  const receive = useReceive();
  const showError = useApiError();
  const canWrite = useCan('work.write');
  const [open, setOpen] = useState<InboxItemResponse | null>(null);
  const [verifying, setVerifying] = useState(false);
  const data = inbox.data;

  const openItem = (item: InboxItemResponse) => {
    setOpen(item);
    if (!item.receivedAt && canWrite) receive.mutate(item, { onError: (e) => showError(e) });
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('inbox.title')}
        </Typography.Title>
        <Button icon={<SafetyCertificateOutlined />} onClick={() => setVerifying(true)}>
          {t('verify.open')}
        </Button>
      </Flex>
      {data && (
        <Typography.Text data-testid="inbox-summary">
          {t('inbox.summary', { unit: data.unitName, total: data.total, unread: data.unread })}
        </Typography.Text>
      )}
      {data && data.total > data.items.length && (
        <Alert type="info" showIcon title={t('inbox.more', { shown: data.items.length })} />
      )}
      <Card loading={inbox.isPending}>
        {data && data.items.length === 0 ? (
          <Empty description={t('inbox.empty')} />
        ) : (
          <List<InboxItemResponse>
            dataSource={data?.items ?? []}
            rowKey={(i) => `${i.kind}-${i.entityId}`}
            renderItem={(item) => (
              <List.Item data-testid="inbox-item">
                <Flex vertical gap={4} style={{ width: '100%' }}>
                  <Flex gap={8} wrap align="center">
                    <Typography.Link strong onClick={() => openItem(item)}>
                      {documentName(t, item)}
                    </Typography.Link>
                    <Typography.Text type="secondary">{formatDate(item.issuedOn)}</Typography.Text>
                    {item.receivedAt ? (
                      <Tag color="green">
                        {t('inbox.received', { date: formatDate(item.receivedAt) })}
                      </Tag>
                    ) : (
                      <Tag color="gold">{t('inbox.notReceived')}</Tag>
                    )}
                  </Flex>
                  <Typography.Text>{item.title}</Typography.Text>
                  <Typography.Text type="secondary">
                    {t('inbox.from', { issuer: item.issuerName })}
                  </Typography.Text>
                  <Signature item={item} />
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Card>
      <InboxDocument item={open} onClose={() => setOpen(null)} />
      <VerifyDocumentDialog open={verifying} onClose={() => setVerifying(false)} />
    </Flex>
  );
}
