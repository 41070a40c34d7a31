import { useState } from 'react';
import { App, Button, Card, Flex, Form, Input, Tag, Typography } from 'antd';
import { UnitPicker } from '../../components/UnitPicker';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useCan, useMe } from '../auth/session';
import { useSaveVoterInfo, useVoterInfo, type VoterInfo } from './elections.api';

/** `/elections/voter-info`: the plain texts voters read on the portal (rights and duties, how to vote), per unit. */
export function VoterInfoPage() {
  const t = useT();
  const me = useMe();
  const [unitId, setUnitId] = useState(me.unit.id);
  const info = useVoterInfo(unitId);
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} className="page-title">
        {t('el.voterInfo')}
      </Typography.Title>
      <Typography.Paragraph>{t('el.vi.hint')}</Typography.Paragraph>
      <UnitPicker
        aria-label={t('el.scope')}
        initialOption={{ value: me.unit.id, label: me.unit.name, kind: me.unit.kind }}
        onChange={(v) => setUnitId(v ?? me.unit.id)}
      />
      {(info.data?.items ?? []).map((text) => (
        <TextEditor key={`${unitId}-${text.key}`} unitId={unitId} text={text} />
      ))}
    </Flex>
  );
}

function TextEditor({ unitId, text }: { unitId: string; text: VoterInfo }) {
  const t = useT();
  const [form] = Form.useForm<{ title: string; body: string }>();
  const save = useSaveVoterInfo();
  const canWrite = useCan('work.write');
  const showError = useApiError();
  const { message } = App.useApp();
  return (
    <Card
      title={
        <>
          {text.title}{' '}
          {text.own ? <Tag color="green">{t('el.vi.own')}</Tag> : <Tag>{t('el.vi.inherited')}</Tag>}
        </>
      }
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ title: text.title, body: text.body }}
        disabled={!canWrite}
        onFinish={(v) =>
          save.mutate(
            { unitId, key: text.key, ...v },
            {
              onSuccess: () => void message.success(t('el.vi.saved')),
              onError: (e) => showError(e, form),
            },
          )
        }
      >
        <Form.Item name="title" label={t('el.vi.title')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="body" label={t('el.vi.body')} rules={[{ required: true }]}>
          <Input.TextArea rows={8} />
        </Form.Item>
        {canWrite && (
          <Button htmlType="submit" type="primary" loading={save.isPending}>
            {t('el.vi.save')}
          </Button>
        )}
      </Form>
    </Card>
  );
}
