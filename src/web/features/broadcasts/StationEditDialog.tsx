import { App, Form, Modal } from 'antd';
import { DateField } from '../../components/DateField';
import { UnitPicker } from '../../components/UnitPicker';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useUpdateStation, type StationResponse } from './broadcasts.api';

interface Values {
  operatorUnitId?: string;
  inServiceFrom: string | null;
}

/** Changes who operates a station and since when it played; plays already logged stay as they are. */
export function StationEditDialog({
  station,
  onClose,
}: {
  station: StationResponse | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const update = useUpdateStation();
  const [form] = Form.useForm<Values>();
  return (
    <Modal
      open={station !== null}
      title={station ? t('bc.station.editTitle', { name: station.name }) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={update.isPending}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      {station && (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{
            operatorUnitId: station.operatorUnitId,
            inServiceFrom: station.inServiceFrom,
          }}
          onFinish={(v) =>
            update.mutate(
              {
                id: station.id,
                ...(v.operatorUnitId ? { operatorUnitId: v.operatorUnitId } : {}),
                inServiceFrom: v.inServiceFrom,
              },
              {
                onSuccess: () => {
                  void message.success(t('bc.station.saved'));
                  onClose();
                },
                onError: (e) => showError(e, form),
              },
            )
          }
        >
          <Form.Item
            name="operatorUnitId"
            label={t('bc.station.operator')}
            extra={t('bc.station.operatorHelp')}
          >
            <UnitPicker
              initialOption={{
                value: station.operatorUnitId,
                label: station.operatorName ?? station.unitName ?? '',
              }}
              aria-label={t('bc.station.operator')}
            />
          </Form.Item>
          <Form.Item
            name="inServiceFrom"
            label={t('bc.station.inService')}
            extra={t('bc.station.inServiceHelp')}
          >
            <DateField aria-label={t('bc.station.inService')} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
