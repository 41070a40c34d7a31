import { useState } from 'react';
import { Alert, App, Button, Flex, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { formatDateTime } from '../../components/format';
import { DateField } from '../../components/DateField';
import { UnitPicker } from '../../components/UnitPicker';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { useCan, useMe } from '../auth/session';
import {
  useCreateStation,
  useRotateToken,
  useStations,
  type StationResponse,
} from './broadcasts.api';
import { StationEditDialog } from './StationEditDialog';
import { useFormKey } from '../../api/use-form-key';
import { STATION_KINDS } from '../../../contracts/codes';

/** Stations with their controllers' health; quiet ones warned about; tokens shown once. */
export function StationsPanel() {
  const t = useT();
  const me = useMe();
  const canWrite = useCan('work.write');
  const { message } = App.useApp();
  const showError = useApiError();
  const stations = useStations();
  const rotate = useRotateToken();
  const [adding, setAdding] = useState(false);
  const { key, renew } = useFormKey(adding);
  const create = useCreateStation(key);
  const [token, setToken] = useState<string | null>(null);
  const [editing, setEditing] = useState<StationResponse | null>(null);
  const [form] = Form.useForm<{
    unitId?: string;
    operatorUnitId?: string;
    inServiceFrom?: string | null;
    name: string;
    kind: (typeof STATION_KINDS)[number];
    zones?: string[];
  }>();
  const quiet = (stations.data ?? []).filter((s) => s.quiet);
  return (
    <Flex vertical gap={12} data-testid="stations">
      {quiet.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('bc.stations.quiet', {
            n: quiet.length,
            names: quiet.map((s) => s.name).join(', '),
          })}
        />
      )}
      {canWrite && (
        <Button
          icon={<PlusOutlined />}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => setAdding(true)}
        >
          {t('bc.stations.add')}
        </Button>
      )}
      <Table<StationResponse>
        rowKey="id"
        size="middle"
        scroll={{ x: 720 }}
        loading={stations.isLoading}
        dataSource={stations.data ?? []}
        pagination={false}
        locale={{ emptyText: t('bc.stations.empty') }}
        columns={[
          {
            key: 'name',
            title: t('bc.station.name'),
            render: (_, s) => (
              <>
                <Typography.Text strong>{s.name}</Typography.Text>
                <br />
                {s.unitName}
                {s.operatorUnitId !== s.unitId && s.operatorName && (
                  <>
                    <br />
                    <Typography.Text type="secondary">
                      {t('bc.station.operatedBy', { unit: s.operatorName })}
                    </Typography.Text>
                  </>
                )}
              </>
            ),
          },
          {
            key: 'kind',
            title: t('bc.station.kind'),
            render: (_, s) => t(`bc.station.kind.${s.kind}` as MessageKey),
          },
          { key: 'zones', title: t('bc.station.zones'), render: (_, s) => s.zones.join(', ') },
          {
            key: 'seen',
            title: t('bc.station.lastSeen'),
            render: (_, s) => (
              <>
                {s.hasController && (
                  <Tag color={s.quiet ? 'red' : 'green'}>
                    {t(s.quiet ? 'bc.station.quietTag' : 'bc.station.okTag')}
                  </Tag>
                )}
                {s.lastSeenAt ? formatDateTime(s.lastSeenAt) : t('bc.station.never')}
              </>
            ),
          },
          ...(canWrite
            ? [
                {
                  key: 'token',
                  title: '',
                  render: (_: unknown, s: StationResponse) => (
                    <Flex gap={8} wrap>
                      <Button size="small" onClick={() => setEditing(s)}>
                        {t('bc.station.edit')}
                      </Button>
                      <Button
                        size="small"
                        onClick={() =>
                          rotate.mutate(s.id, {
                            onSuccess: (r) => setToken(r.token),
                            onError: (e) => showError(e),
                          })
                        }
                      >
                        {t('bc.station.newToken')}
                      </Button>
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={adding}
        title={t('bc.stations.add')}
        onCancel={() => setAdding(false)}
        onOk={() => form.submit()}
        confirmLoading={create.isPending}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Form
          onValuesChange={renew}
          form={form}
          layout="vertical"
          initialValues={{ kind: 'loudspeaker_cluster' }}
          onFinish={(v) =>
            create.mutate(
              {
                unitId: v.unitId ?? me.unit.id,
                name: v.name,
                kind: v.kind,
                zones: v.zones ?? [],
                operatorUnitId: v.operatorUnitId ?? null,
                inServiceFrom: v.inServiceFrom ?? null,
              },
              {
                onSuccess: (r) => {
                  setAdding(false);
                  setToken(r.token);
                  void message.success(r.station.name);
                },
                onError: (e) => showError(e, form),
              },
            )
          }
        >
          <Form.Item name="unitId" label={t('bc.station.owner')}>
            <UnitPicker
              initialOption={{ value: me.unit.id, label: me.unit.name }}
              aria-label={t('bc.station.owner')}
            />
          </Form.Item>
          <Form.Item
            name="operatorUnitId"
            label={t('bc.station.operator')}
            extra={t('bc.station.operatorHelp')}
          >
            <UnitPicker allowClear aria-label={t('bc.station.operator')} />
          </Form.Item>
          <Form.Item
            name="inServiceFrom"
            label={t('bc.station.inService')}
            extra={t('bc.station.inServiceHelp')}
          >
            <DateField aria-label={t('bc.station.inService')} />
          </Form.Item>
          <Form.Item name="name" label={t('bc.station.name')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="kind" label={t('bc.station.kind')}>
            <Select
              options={STATION_KINDS.map((k) => ({
                value: k,
                label: t(`bc.station.kind.${k}` as MessageKey),
              }))}
            />
          </Form.Item>
          <Form.Item name="zones" label={t('bc.station.zones')}>
            <Select mode="tags" open={false} suffix={() => null} />
          </Form.Item>
        </Form>
      </Modal>
      <StationEditDialog station={editing} onClose={() => setEditing(null)} />
      <Modal
        open={token !== null}
        title={t('bc.token.title')}
        onCancel={() => setToken(null)}
        footer={null}
      >
        <Alert type="warning" showIcon title={t('bc.token.once')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph copyable code data-testid="station-token">
          {token}
        </Typography.Paragraph>
      </Modal>
    </Flex>
  );
}
