import { useState } from 'react';
import {
  App,
  Button,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Input,
  List,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useNavigate } from 'react-router-dom';
import { formatDate } from '../../components/format';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { useCan } from '../auth/session';
import { SpeakDialog } from '../content/SpeakDialog';
import {
  useClaims,
  useClaimStatus,
  useDeleteClaim,
  useRegroup,
  useWriteCorrection,
  type ClaimResponse,
  type ClaimStatus,
} from './claims.api';
import { useFormKey } from '../../api/use-form-key';
import { nextStatuses } from '../../../contracts/codes';

/**
 * Where a claim can be moved by hand: the domain's own transitions, less "corrected", which the
 * claim reaches by publishing its correction (the server refuses it before that).
 */
const movesOf = (status: ClaimStatus): readonly ClaimStatus[] =>
  nextStatuses(status).filter((s) => s !== 'corrected');

/** One claim and its case: move it on, split it off, write and publish its correction, make a bulletin. */
export function ClaimDetail({
  claim,
  onClose,
}: {
  claim: ClaimResponse | null;
  onClose: () => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const showError = useApiError();
  const canWrite = useCan('work.write');
  const group = useClaims({ groupId: claim?.groupId });
  const setStatus = useClaimStatus();
  const regroup = useRegroup();
  const remove = useDeleteClaim();
  const { key, renew } = useFormKey();
  const correct = useWriteCorrection(key);
  const [bulletin, setBulletin] = useState(false);
  const [form] = Form.useForm<{ title: string; body: string }>();
  const current = (group.data?.items ?? []).find((c) => c.id === claim?.id) ?? claim;
  const st = (k: ClaimStatus) => t(`claims.status.${k}` as MessageKey);
  // Only a claim nobody has started handling; the server also checks who may (author or desk).
  const askDelete = (id: string) =>
    void modal.confirm({
      title: t('claims.deleteTitle'),
      content: t('claims.deleteLine'),
      okText: t('claims.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        remove.mutateAsync(id).then(
          () => {
            void message.success(t('claims.deleted'));
            onClose();
          },
          (e: unknown) => showError(e),
        ),
    });
  return (
    <Drawer open={!!claim} onClose={onClose} title={t('claims.detail')} size={620} destroyOnHidden>
      {current && (
        <Flex vertical gap={16} data-testid="claim-detail">
          <Typography.Paragraph strong>{current.text}</Typography.Paragraph>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('content.col.status')}>
              <Tag>{st(current.status)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('claims.platform')}>
              {t(`claims.platform.${current.platform}` as MessageKey)}
            </Descriptions.Item>
            {current.link && (
              <Descriptions.Item label={t('claims.link')}>
                <Typography.Link href={current.link} target="_blank" rel="noreferrer noopener">
                  {current.link}
                </Typography.Link>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('claims.firstSeen')}>
              {formatDate(current.firstSeenOn)}
            </Descriptions.Item>
            {current.reach !== null && (
              <Descriptions.Item label={t('claims.reach')}>
                {current.reach.toLocaleString('vi-VN')}
              </Descriptions.Item>
            )}
            {current.topic && (
              <Descriptions.Item label={t('claims.topic')}>{current.topic}</Descriptions.Item>
            )}
            {current.hasScreenshot && (
              <Descriptions.Item label={t('claims.screenshot')}>
                <img
                  src={`/api/v1/claims/${current.id}/screenshot`}
                  alt={t('claims.screenshot')}
                  style={{ maxWidth: '100%' }}
                />
              </Descriptions.Item>
            )}
          </Descriptions>
          {canWrite && (
            <Space wrap>
              <Typography.Text>{t('claims.moveTo')}:</Typography.Text>
              {movesOf(current.status).map((s) => (
                <Button
                  key={s}
                  size="small"
                  onClick={() =>
                    setStatus.mutate(
                      { id: current.id, status: s },
                      {
                        onSuccess: (r) => void message.success(t('claims.moved', { n: r.changed })),
                        onError: (e) => showError(e),
                      },
                    )
                  }
                >
                  {st(s)}
                </Button>
              ))}
            </Space>
          )}
          {canWrite && current.status === 'new' && (
            <Button
              danger
              style={{ alignSelf: 'flex-start' }}
              loading={remove.isPending}
              onClick={() => askDelete(current.id)}
              data-testid="claim-delete"
            >
              {t('claims.delete')}
            </Button>
          )}
          <List
            header={<Typography.Text strong>{t('claims.others')}</Typography.Text>}
            size="small"
            bordered
            dataSource={(group.data?.items ?? []).filter((c) => c.id !== current.id)}
            locale={{ emptyText: '—' }}
            renderItem={(c) => (
              <List.Item>
                {c.unitName}: {c.text}
              </List.Item>
            )}
          />
          {canWrite && current.groupId !== current.id && (
            <Button
              size="small"
              style={{ alignSelf: 'flex-start' }}
              onClick={() =>
                regroup.mutate({ id: current.id, intoId: null }, { onError: (e) => showError(e) })
              }
            >
              {t('claims.ungroup')}
            </Button>
          )}
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('claims.correction')}
          </Typography.Title>
          {current.correctionId ? (
            <Space wrap>
              <Button onClick={() => void navigate(`/content/${current.correctionId}`)}>
                {t('claims.correction.open')}
              </Button>
              {canWrite && (
                <Button onClick={() => setBulletin(true)}>{t('claims.bulletin')}</Button>
              )}
            </Space>
          ) : canWrite && (current.verdict === 'false' || current.verdict === 'misleading') ? (
            <Form
              onValuesChange={renew}
              form={form}
              layout="vertical"
              onFinish={(v) =>
                correct.mutate(
                  { id: current.id, body: v },
                  {
                    onSuccess: () => void message.success(t('claims.correction.created')),
                    onError: (e) => showError(e, form),
                  },
                )
              }
            >
              <Form.Item
                name="title"
                label={t('claims.correction.title')}
                rules={[{ required: true }]}
              >
                <Input maxLength={300} />
              </Form.Item>
              <Form.Item
                name="body"
                label={t('claims.correction.body')}
                rules={[{ required: true }]}
              >
                <Input.TextArea rows={5} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={correct.isPending}>
                {t('claims.correction.write')}
              </Button>
            </Form>
          ) : (
            <Typography.Text type="secondary">—</Typography.Text>
          )}
          <SpeakDialog
            open={bulletin}
            onClose={() => setBulletin(false)}
            initial={{
              title: t('claims.bulletinTitle', { text: current.text.slice(0, 80) }),
              text: '',
              claimId: current.groupId,
            }}
          />
        </Flex>
      )}
    </Drawer>
  );
}
