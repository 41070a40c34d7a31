import { useState } from 'react';
import { Button, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, SoundOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import { formatDate } from '../../components/format';
import { useT } from '../../i18n/i18n';
import { useCan } from '../auth/session';
import { useContentList, type ContentKind, type ContentResponse } from './content.api';
import { CONTENT_KINDS, kindText, STATUS_COLOR, statusText } from './content-labels';
import { ContentDetail } from './ContentDetail';
import { ContentFormDialog } from './ContentFormDialog';
import { SpeakDialog } from './SpeakDialog';

/** `/content` (and `/content/:id`): the library, with a drawer for one item. */
export function ContentPage() {
  const t = useT();
  const canWrite = useCan('work.write');
  const navigate = useNavigate();
  const { id } = useParams();
  const [kind, setKind] = useState<ContentKind>();
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  const [speaking, setSpeaking] = useState(false);
  const list = useContentList({ kind, search: search || undefined });

  const delivery = (i: ContentResponse) => {
    if (i.received)
      return i.received.acknowledgedAt ? (
        <Tag color="green">
          {t('content.received.done', { date: formatDate(i.received.acknowledgedAt) })}
        </Tag>
      ) : (
        <Tag color="orange">{t('content.received.pending')}</Tag>
      );
    return i.recipients ? t('content.acks', { ack: i.acknowledged ?? 0, total: i.recipients }) : '';
  };

  return (
    <Flex vertical gap={16} data-testid="content-page">
      <Flex gap={8} wrap justify="space-between" align="center">
        <Typography.Title level={1} className="page-title">
          {t('content.title')}
        </Typography.Title>
        {canWrite && (
          <Space wrap>
            <Button icon={<SoundOutlined />} onClick={() => setSpeaking(true)}>
              {t('content.speak')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('content.add')}
            </Button>
          </Space>
        )}
      </Flex>
      <Typography.Text type="secondary">{t('content.help')}</Typography.Text>
      <Flex gap={8} wrap>
        <Select
          allowClear
          style={{ minWidth: 180 }}
          placeholder={t('content.kind')}
          aria-label={t('content.kind')}
          value={kind}
          onChange={setKind}
          options={CONTENT_KINDS.map((k) => ({ value: k, label: kindText(t, k) }))}
        />
        <Input.Search
          allowClear
          style={{ maxWidth: 320 }}
          placeholder={t('content.search')}
          aria-label={t('content.search')}
          onSearch={setSearch}
        />
      </Flex>
      <Table<ContentResponse>
        rowKey="id"
        size="middle"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 720 }}
        locale={{ emptyText: t('content.empty') }}
        pagination={false}
        columns={[
          {
            key: 'title',
            title: t('content.col.title'),
            render: (_, i) => (
              <Space orientation="vertical" size={0}>
                <Typography.Link onClick={() => void navigate(`/content/${i.id}`)}>
                  {i.title}
                </Typography.Link>
                <Space size={4} wrap>
                  <Tag>{kindText(t, i.kind)}</Tag>
                  {i.machineRead && <Tag color="purple">{t('content.machineRead')}</Tag>}
                </Space>
              </Space>
            ),
          },
          { key: 'unit', title: t('content.col.unit'), render: (_, i) => i.unitName },
          {
            key: 'status',
            title: t('content.col.status'),
            render: (_, i) => <Tag color={STATUS_COLOR[i.status]}>{statusText(t, i.status)}</Tag>,
          },
          { key: 'delivery', title: t('content.col.delivery'), render: (_, i) => delivery(i) },
        ]}
      />
      <ContentDetail id={id ?? null} onClose={() => void navigate('/content')} />
      <ContentFormDialog open={adding} onClose={() => setAdding(false)} />
      <SpeakDialog open={speaking} onClose={() => setSpeaking(false)} />
    </Flex>
  );
}
