import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { DateField } from '../../components/DateField';
import { REACH_CAP } from '../../../contracts/common';
import { wholeNumberRules } from '../../components/number-rules';
import { UnitPicker } from '../../components/UnitPicker';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { useMe } from '../auth/session';
import { useCreateClaim } from './claims.api';
import { today } from '../../../contracts/weeks';
import { useFormKey } from '../../api/use-form-key';

const PLATFORMS = [
  'facebook',
  'zalo',
  'tiktok',
  'youtube',
  'website',
  'press',
  'word_of_mouth',
  'other',
] as const;
interface Values {
  unitId?: string;
  text: string;
  platform: (typeof PLATFORMS)[number];
  link?: string;
  firstSeenOn: string;
  reach?: number | null;
  topic?: string;
}

/** Logs a claim: what it says and where it was seen (never who said it). */
export function ClaimDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<Values>();
  const { key, renew } = useFormKey(open);
  const create = useCreateClaim(key);
  return (
    <Modal
      open={open}
      title={t('claims.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Form
        onValuesChange={renew}
        form={form}
        layout="vertical"
        initialValues={{ platform: 'facebook', firstSeenOn: today() }}
        onFinish={(v) =>
          create.mutate(
            { ...v, unitId: v.unitId ?? me.unit.id, link: v.link || null },
            {
              onSuccess: (c) => {
                void message.success(
                  c.groupId !== c.id ? t('claims.grouped') : t('claims.created'),
                );
                form.resetFields();
                onClose();
              },
              onError: (e) => showError(e, form),
            },
          )
        }
      >
        <Form.Item name="unitId" label={t('claims.unit')}>
          <UnitPicker initialOption={{ value: me.unit.id, label: me.unit.name }} />
        </Form.Item>
        <Form.Item
          name="text"
          label={t('claims.text')}
          extra={t('claims.textHelp')}
          rules={[{ required: true, min: 10 }]}
        >
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item name="platform" label={t('claims.platform')}>
          <Select
            options={PLATFORMS.map((p) => ({
              value: p,
              label: t(`claims.platform.${p}` as MessageKey),
            }))}
          />
        </Form.Item>
        <Form.Item name="link" label={t('claims.link')}>
          <Input type="url" maxLength={2000} placeholder="https://" />
        </Form.Item>
        <Form.Item name="firstSeenOn" label={t('claims.firstSeen')} rules={[{ required: true }]}>
          <DateField />
        </Form.Item>
        <Form.Item
          name="reach"
          label={t('claims.reach')}
          rules={wholeNumberRules(t, t('claims.reach'), 0, REACH_CAP, { optional: true })}
        >
          <InputNumber style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="topic" label={t('claims.topic')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
