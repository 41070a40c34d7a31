import { App, Form, Modal, Typography } from 'antd';
import type { UnitResponse } from '../../../contracts/units.contract';
import { UnitPicker } from '../../components/UnitPicker';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useMoveUnit } from './units.api';

interface Props {
  open: boolean;
  unit: UnitResponse;
  onClose: () => void;
}

/** Moves a unit (and its whole branch) under a parent found by search. */
export function MoveUnitDialog({ open, unit, onClose }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<{ parentId: string }>();
  const move = useMoveUnit(unit.id);

  const onFinish = ({ parentId }: { parentId: string }) =>
    move.mutate(parentId, {
      onSuccess: () => {
        void message.success(t('unit.moved'));
        onClose();
      },
      onError: (e) => showError(e, form),
    });

  return (
    <Modal
      open={open}
      title={t('unit.moveTitle', { name: unit.name })}
      okText={t('unit.move')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={move.isPending}
      afterClose={() => form.resetFields()}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('unit.moveHelp')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} name="move-unit">
        <Form.Item
          name="parentId"
          label={t('unit.newParent')}
          rules={[{ required: true, message: t('unit.newParentRequired') }]}
        >
          <UnitPicker excludeId={unit.id} aria-label={t('unit.newParent')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
