import { useState } from 'react';
import { App, Button, DatePicker, Flex, Form, Select, Table, Tag, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { enteredLater, formatDateTime } from '../../components/format';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useCan } from '../auth/session';
import { formatDuration } from '../content/content-labels';
import { useContentList } from '../content/content.api';
import { useLogPlay, usePlays, useStations } from './broadcasts.api';
import { today, addDays } from '../../../contracts/weeks';
import { ImportPlaysDialog } from './ImportPlaysDialog';
import { useFormKey } from '../../api/use-form-key';

/**
 * Logs a play by hand or imports a past play log, and lists the plays of a period (the last 14
 * days unless another is picked), each one entered later marked with the day it was entered.
 */
export function PlayLogPanel() {
  const t = useT();
  const canWrite = useCan('work.write');
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<{ stationId: string; contentId: string; playedAt: Dayjs }>();
  const stations = useStations();
  const audio = useContentList({ kind: 'audio', status: 'approved' });
  const [range, setRange] = useState<[string, string]>([addDays(today(), -14), today()]);
  const [importing, setImporting] = useState(false);
  const plays = usePlays(range[0], range[1]);
  const { key, renew } = useFormKey();
  const log = useLogPlay(key);
  return (
    <Flex vertical gap={12}>
      {canWrite && (
        <Form
          onValuesChange={renew}
          form={form}
          layout="inline"
          initialValues={{ playedAt: dayjs() }}
          onFinish={(v) =>
            log.mutate(
              { stationId: v.stationId, contentId: v.contentId, playedAt: v.playedAt.format() },
              {
                onSuccess: () => void message.success(t('bc.plays.logged')),
                onError: (e) => showError(e, form),
              },
            )
          }
          style={{ rowGap: 8 }}
        >
          <Form.Item name="stationId" rules={[{ required: true }]}>
            <Select
              style={{ minWidth: 200 }}
              placeholder={t('bc.plays.station')}
              aria-label={t('bc.plays.station')}
              options={(stations.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            />
          </Form.Item>
          <Form.Item name="contentId" rules={[{ required: true }]}>
            <Select
              style={{ minWidth: 220 }}
              placeholder={t('bc.plays.content')}
              aria-label={t('bc.plays.content')}
              options={(audio.data?.items ?? []).map((c) => ({ value: c.id, label: c.title }))}
            />
          </Form.Item>
          <Form.Item name="playedAt" rules={[{ required: true }]}>
            <DatePicker showTime format="DD/MM/YYYY HH:mm" aria-label={t('bc.plays.at')} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={log.isPending}>
            {t('bc.plays.log')}
          </Button>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            {t('bc.plays.import')}
          </Button>
        </Form>
      )}
      <ImportPlaysDialog open={importing} onClose={() => setImporting(false)} />
      <DatePicker.RangePicker
        format="DD/MM/YYYY"
        allowClear={false}
        value={[dayjs(range[0]), dayjs(range[1])]}
        onChange={(v) => {
          const [from, to] = v ?? [];
          if (from && to) setRange([from.format('YYYY-MM-DD'), to.format('YYYY-MM-DD')]);
        }}
        aria-label={t('bc.plays.range')}
        style={{ alignSelf: 'flex-start' }}
      />
      <Table
        rowKey="id"
        size="small"
        scroll={{ x: 640 }}
        loading={plays.isLoading}
        dataSource={plays.data ?? []}
        locale={{ emptyText: t('bc.plays.empty') }}
        columns={[
          {
            key: 'at',
            title: t('bc.plays.at'),
            render: (_, p) => {
              const entered = enteredLater(dayjs(p.playedAt).format('YYYY-MM-DD'), p.createdAt);
              return (
                <>
                  {formatDateTime(p.playedAt)}
                  {entered && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {t('bc.plays.enteredOn', { date: entered })}
                    </Typography.Text>
                  )}
                </>
              );
            },
          },
          { key: 'station', title: t('bc.plays.station'), render: (_, p) => p.stationName },
          {
            key: 'content',
            title: t('bc.plays.content'),
            render: (_, p) => `${p.contentTitle} ${formatDuration(p.durationSeconds)}`,
          },
          {
            key: 'source',
            title: '',
            render: (_, p) => (
              <Tag>
                {t(p.source === 'device' ? 'bc.plays.source.device' : 'bc.plays.source.operator')}
              </Tag>
            ),
          },
        ]}
      />
    </Flex>
  );
}
