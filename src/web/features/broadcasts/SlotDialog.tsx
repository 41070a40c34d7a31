import { App, Checkbox, Form, Modal, Radio, Select } from 'antd';
import { DateField } from '../../components/DateField';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { useContentList } from '../content/content.api';
import { useCreateSlot, useStations, type CreateSlotRequest } from './broadcasts.api';
import { today } from '../../../contracts/weeks';
import { useFormKey } from '../../api/use-form-key';
import { PRIORITIES, REPEATS } from '../../../contracts/codes';

/**
 * What the form gives on submit: only the fields drawn, so an emergency (which hides the schedule)
 * comes without its repeat, times and start date; the server plays it once, now, whatever they say.
 */
type SlotForm = Omit<CreateSlotRequest, 'repeat' | 'times' | 'startDate'> &
  Partial<Pick<CreateSlotRequest, 'repeat' | 'times' | 'startDate'>>;

/** Schedules an approved audio item: once, daily over a range, weekly or monthly, at given times. */
export function SlotDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<SlotForm>();
  const audio = useContentList({ kind: 'audio', status: 'approved' });
  const stations = useStations();
  const { key, renew } = useFormKey(open);
  const create = useCreateSlot(key);
  const priority = Form.useWatch('priority', form);
  const repeat = Form.useWatch('repeat', form);
  const emergency = priority === 'emergency';
  return (
    <Modal
      open={open}
      title={t('bc.addSlot')}
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
        initialValues={{
          priority: 'normal',
          repeat: 'weekly',
          startDate: today(),
          times: ['06:30'],
          weekdays: [1],
        }}
        onFinish={(v) =>
          create.mutate(
            {
              ...v,
              repeat: v.repeat ?? 'once',
              times: v.times ?? [],
              startDate: v.startDate ?? today(),
            },
            {
              onSuccess: () => {
                void message.success(t('bc.slot.created'));
                onClose();
              },
              onError: (e) => showError(e, form),
            },
          )
        }
      >
        <Form.Item name="contentId" label={t('bc.slot.content')} rules={[{ required: true }]}>
          <Select
            options={(audio.data?.items ?? []).map((c) => ({ value: c.id, label: c.title }))}
            loading={audio.isLoading}
          />
        </Form.Item>
        <Form.Item name="stationIds" label={t('bc.slot.stations')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            options={(stations.data ?? []).map((s) => ({
              value: s.id,
              label: `${s.name} — ${s.unitName ?? ''}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="priority"
          label={t('bc.slot.priority')}
          extra={emergency ? t('bc.slot.emergencyHelp') : undefined}
        >
          <Radio.Group
            options={PRIORITIES.map((p) => ({
              value: p,
              label: t(`bc.priority.${p}` as MessageKey),
            }))}
          />
        </Form.Item>
        {!emergency && (
          <>
            <Form.Item name="repeat" label={t('bc.slot.repeat')}>
              <Select
                options={REPEATS.map((r) => ({
                  value: r,
                  label: t(`bc.repeat.${r}` as MessageKey),
                }))}
              />
            </Form.Item>
            <Form.Item name="startDate" label={t('bc.slot.start')} rules={[{ required: true }]}>
              <DateField />
            </Form.Item>
            {repeat !== 'once' && (
              <Form.Item name="endDate" label={t('bc.slot.end')} rules={[{ required: true }]}>
                <DateField />
              </Form.Item>
            )}
            <Form.Item name="times" label={t('bc.slot.times')} rules={[{ required: true }]}>
              <Select mode="tags" tokenSeparators={[',', ' ']} open={false} suffix={() => null} />
            </Form.Item>
            {repeat === 'weekly' && (
              <Form.Item name="weekdays" label={t('bc.slot.weekdays')}>
                <Checkbox.Group
                  options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({
                    value: d,
                    label: t(`bc.day.${d}` as MessageKey),
                  }))}
                />
              </Form.Item>
            )}
            {repeat === 'monthly' && (
              <Form.Item name="monthDays" label={t('bc.slot.monthDays')}>
                <Select
                  mode="multiple"
                  options={Array.from({ length: 31 }, (_, i) => ({
                    value: i + 1,
                    label: String(i + 1),
                  }))}
                />
              </Form.Item>
            )}
          </>
        )}
      </Form>
    </Modal>
  );
}
