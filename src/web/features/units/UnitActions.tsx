import { useState } from 'react';
import { App, Button, Flex, Popconfirm } from 'antd';
import {
  DragOutlined,
  EditOutlined,
  PlusOutlined,
  PoweroffOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import type { UnitResponse } from '../../../contracts/units.contract';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { ImportUnitsDialog } from './ImportUnitsDialog';
import { MoveUnitDialog } from './MoveUnitDialog';
import { UnitFormDialog } from './UnitFormDialog';
import { useSetUnitActive } from './units.api';

type Dialog = 'create' | 'edit' | 'move' | 'import' | null;

/** Write actions on one unit; the user's own unit cannot be moved or deactivated by them. */
export function UnitActions({ unit, isOwnUnit }: { unit: UnitResponse; isOwnUnit: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const [dialog, setDialog] = useState<Dialog>(null);
  const setActive = useSetUnitActive(unit.id);
  const close = () => setDialog(null);

  const toggleActive = () =>
    setActive.mutate(!unit.active, {
      onSuccess: () => void message.success(t(unit.active ? 'unit.deactivated' : 'unit.activated')),
      onError: (e) => showError(e),
    });

  return (
    <>
      <Flex gap={8} wrap data-testid="unit-actions">
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setDialog('create')}
          disabled={!unit.active}
        >
          {t('unit.addChild')}
        </Button>
        <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
          {t('unit.edit')}
        </Button>
        {!isOwnUnit && (
          <Button icon={<DragOutlined />} onClick={() => setDialog('move')}>
            {t('unit.move')}
          </Button>
        )}
        <Button
          icon={<UploadOutlined />}
          onClick={() => setDialog('import')}
          disabled={!unit.active}
        >
          {t('unit.import')}
        </Button>
        {!isOwnUnit && (
          <Popconfirm
            title={t(unit.active ? 'unit.deactivateConfirm' : 'unit.activateConfirm', {
              name: unit.name,
            })}
            okText={t(unit.active ? 'unit.deactivate' : 'unit.activate')}
            cancelText={t('common.cancel')}
            onConfirm={toggleActive}
          >
            <Button icon={<PoweroffOutlined />} danger={unit.active} loading={setActive.isPending}>
              {t(unit.active ? 'unit.deactivate' : 'unit.activate')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
      <UnitFormDialog open={dialog === 'create'} mode="create" unit={unit} onClose={close} />
      <UnitFormDialog open={dialog === 'edit'} mode="edit" unit={unit} onClose={close} />
      <MoveUnitDialog open={dialog === 'move'} unit={unit} onClose={close} />
      <ImportUnitsDialog open={dialog === 'import'} parent={unit} onClose={close} />
    </>
  );
}
