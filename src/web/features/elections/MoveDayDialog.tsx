import { DatePicker, Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useUpdateElection, type Election } from './elections.api';

/** Moves election day: every milestone not edited by hand moves with it. */
export function MoveDayDialog({ election, onClose }: { election: Election; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm();
  const update = useUpdateElection(election.id);
  const showError = useApiError();
  const day = Form.useWatch<dayjs.Dayjs | undefined>('electionDay', form);
  const notSunday = election.type === 'NA_HDND' && day && day.day() !== 0;
  const submit = async () => {
    const v = (await form.validateFields()) as { electionDay: dayjs.Dayjs; dayReason?: string };
    update.mutate(
      {
        electionDay: v.electionDay.format('YYYY-MM-DD'),
        ...(v.dayReason ? { dayReason: v.dayReason } : {}),
      },
      { onSuccess: onClose, onError: (err) => showError(err, form) },
    );
  };
  return (
    <Modal
      open
      title={t('el.moveDay')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={update.isPending}
    >
      <p>{t('el.moveDayHint')}</p>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ electionDay: dayjs(election.electionDay) }}
      >
        <Form.Item name="electionDay" label={t('el.day')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        {notSunday && (
          <Form.Item
            name="dayReason"
            label={t('el.dayReason')}
            extra={t('el.notSunday')}
            rules={[{ required: true }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
