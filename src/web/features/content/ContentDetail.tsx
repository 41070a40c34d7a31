import { useState } from 'react';
import { Alert, App, Button, Descriptions, Drawer, Popconfirm, Space, Tag, Typography } from 'antd';
import { formatDate } from '../../components/format';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useCan } from '../auth/session';
import {
  useAcknowledge,
  useApprove,
  useContentItem,
  useDeleteContent,
  usePublish,
} from './content.api';
import { ContentApprovers } from './ContentApprovers';
import { formatDuration, kindText, STATUS_COLOR, statusText } from './content-labels';
import { DistributeDialog } from './DistributeDialog';
import { RecipientsPanel } from './RecipientsPanel';

/** One item: its file or text, and what the viewer may do with it (approve, send, acknowledge, publish). */
export function ContentDetail({ id, onClose }: { id: string | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const canWrite = useCan('work.write');
  const canApprove = useCan('work.approve');
  const item = useContentItem(id);
  const approve = useApprove();
  const acknowledge = useAcknowledge();
  const publish = usePublish();
  const remove = useDeleteContent();
  const [distributing, setDistributing] = useState(false);
  const c = item.data;
  const done = (key: Parameters<typeof t>[0]) => ({
    onSuccess: () => void message.success(t(key)),
    onError: (e: unknown) => showError(e),
  });

  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      title={c?.title ?? t('content.detail')}
      size={640}
      destroyOnHidden
    >
      {c && (
        <Space
          orientation="vertical"
          size="middle"
          style={{ width: '100%' }}
          data-testid="content-detail"
        >
          <Space wrap>
            <Tag>{kindText(t, c.kind)}</Tag>
            <Tag color={STATUS_COLOR[c.status]}>{statusText(t, c.status)}</Tag>
            {c.publishedAt && (
              <Tag color="blue">{t('content.published', { date: formatDate(c.publishedAt) })}</Tag>
            )}
          </Space>
          {c.machineRead && (
            <Alert
              type="info"
              showIcon
              title={t('content.machineRead')}
              description={t('content.machineReadHelp')}
            />
          )}
          <Space wrap>
            {c.received && !c.received.acknowledgedAt && canWrite && (
              <Button
                type="primary"
                loading={acknowledge.isPending}
                onClick={() => acknowledge.mutate(c.id, done('content.acknowledged'))}
              >
                {t('content.acknowledge')}
              </Button>
            )}
            {c.status === 'draft' && c.own && canApprove && (
              <Button
                type="primary"
                disabled={c.selfCreated}
                title={c.selfCreated ? t('content.approveSelf') : undefined}
                loading={approve.isPending}
                onClick={() =>
                  approve.mutate({ id: c.id, version: c.version }, done('content.approved'))
                }
              >
                {t('content.approve')}
              </Button>
            )}
            {c.status === 'draft' && c.own && canWrite && (
              <Popconfirm
                title={t('content.deleteDraftConfirm')}
                okText={t('content.deleteDraft')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() =>
                  remove.mutate(c.id, {
                    onSuccess: () => {
                      void message.success(t('content.draftDeleted'));
                      onClose();
                    },
                    onError: (e) => showError(e),
                  })
                }
              >
                <Button danger loading={remove.isPending}>
                  {t('content.deleteDraft')}
                </Button>
              </Popconfirm>
            )}
            {c.status === 'approved' && canWrite && (
              <Button onClick={() => setDistributing(true)}>{t('content.distribute')}</Button>
            )}
            {c.status === 'approved' &&
              c.own &&
              canWrite &&
              !c.selfCreated &&
              !c.publishedAt &&
              (c.kind === 'article' || c.kind === 'qa') && (
                <Button
                  loading={publish.isPending}
                  onClick={() => publish.mutate(c.id, done('content.publish'))}
                >
                  {t('content.publish')}
                </Button>
              )}
            {c.publishedAt && (
              <Typography.Link href={`/tin-tuc/${c.id}`} target="_blank">
                {t('content.viewOnPortal')}
              </Typography.Link>
            )}
          </Space>
          {c.status === 'draft' && c.selfCreated && canApprove && (
            <Typography.Text type="secondary">{t('content.approveSelf')}</Typography.Text>
          )}
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('content.col.unit')}>{c.unitName ?? ''}</Descriptions.Item>
            {c.status === 'draft' && c.own && (
              <Descriptions.Item label={t('today.approvers')}>
                <ContentApprovers id={c.id} />
              </Descriptions.Item>
            )}
            {c.summary && (
              <Descriptions.Item label={t('content.field.summary')}>{c.summary}</Descriptions.Item>
            )}
            {c.themes.length > 0 && (
              <Descriptions.Item label={t('content.field.themes')}>
                {c.themes.map((x) => (
                  <Tag key={x}>{x}</Tag>
                ))}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('content.validity')}>
              {c.validFrom || c.validUntil
                ? `${formatDate(c.validFrom) || '…'} – ${formatDate(c.validUntil) || '…'}`
                : t('content.validity.any')}
            </Descriptions.Item>
            {c.minorityLanguage && (
              <Descriptions.Item label={t('content.field.minority')}>
                {c.minorityLanguage}
              </Descriptions.Item>
            )}
            {c.file && (
              <Descriptions.Item label={t('content.file')}>
                <Space orientation="vertical" style={{ width: '100%' }}>
                  {c.file.mediaType.startsWith('audio/') && (
                    <audio controls preload="none" src={c.file.url} style={{ width: '100%' }} />
                  )}
                  {c.file.mediaType.startsWith('image/') && (
                    <img src={c.file.url} alt={c.title} style={{ maxWidth: '100%' }} />
                  )}
                  {/* Uploaded files are served as downloads (never as pages), so no new tab. */}
                  <Typography.Link href={c.file.url} download={c.file.name}>
                    {t('content.download')}: {c.file.name}
                  </Typography.Link>
                  {c.file.durationSeconds !== null && (
                    <Typography.Text type="secondary">
                      {t('content.duration')}: {formatDuration(c.file.durationSeconds)}
                    </Typography.Text>
                  )}
                </Space>
              </Descriptions.Item>
            )}
          </Descriptions>
          {c.body && (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.body}</Typography.Paragraph>
          )}
          {c.status === 'approved' && <RecipientsPanel id={c.id} />}
          <DistributeDialog id={c.id} open={distributing} onClose={() => setDistributing(false)} />
        </Space>
      )}
    </Drawer>
  );
}
