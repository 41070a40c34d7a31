import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useMe } from '../auth/session';
import { useSpeak, useSpeechStatus } from './content.api';
import { useFormKey } from '../../api/use-form-key';

/** Makes a machine-read audio item from text; says plainly when the server has no engine. */
export function SpeakDialog({
  open,
  onClose,
  initial,
}: {
  open: boolean;
  onClose: () => void;
  initial?: { title: string; text: string; claimId?: string };
}) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const showError = useApiError();
  const status = useSpeechStatus();
  const { key, renew } = useFormKey(open);
  const speak = useSpeak(key);
  const [form] = Form.useForm<{ title: string; text: string }>();
  const unavailable = status.data && !status.data.available;
  return (
    <Modal
      open={open}
      title={t('content.speak')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ disabled: !!unavailable }}
      confirmLoading={speak.isPending}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      {unavailable ? (
        <Alert
          type="warning"
          showIcon
          title={t('content.speak.unavailable')}
          description={me.role === 'admin' ? status.data.reason : t('content.speak.askAdmin')}
        />
      ) : (
        <Typography.Paragraph type="secondary">
          {t('content.speak.help', { engine: status.data?.engine ?? 'espeak-ng' })}
        </Typography.Paragraph>
      )}
      <Form
        onValuesChange={renew}
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) =>
          speak.mutate(
            { unitId: me.unit.id, ...v, claimId: initial?.claimId ?? null },
            {
              onSuccess: () => {
                void message.success(t('content.speak.done'));
                onClose();
              },
              onError: (e) => showError(e, form),
            },
          )
        }
      >
        <Form.Item name="title" label={t('content.speak.title')} rules={[{ required: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="text" label={t('content.speak.text')} rules={[{ required: true, min: 5 }]}>
          <Input.TextArea rows={6} maxLength={5000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
