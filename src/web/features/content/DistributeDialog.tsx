import { useState } from 'react';
import { App, Checkbox, Flex, Modal, Tag, Typography } from 'antd';
import { UnitPicker, type UnitOption } from '../../components/UnitPicker';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useDistribute } from './content.api';

/** Sends an approved item to units picked one by one, optionally with everything below them. */
export function DistributeDialog({
  id,
  open,
  onClose,
}: {
  id: string;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const [units, setUnits] = useState<UnitOption[]>([]);
  const [subtree, setSubtree] = useState(false);
  const [pickerKey, setPickerKey] = useState(0);
  const distribute = useDistribute();
  const submit = () => {
    if (units.length === 0) return void message.warning(t('content.distribute.none'));
    distribute.mutate(
      { id, unitIds: units.map((u) => u.value), includeSubtree: subtree },
      {
        onSuccess: (r) => {
          void message.success(
            t('content.distribute.done', { added: r.added, skipped: r.skipped }),
          );
          setUnits([]);
          onClose();
        },
        onError: (e) => showError(e),
      },
    );
  };
  return (
    <Modal
      open={open}
      title={t('content.distribute')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={distribute.isPending}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Typography.Text strong>{t('content.distribute.units')}</Typography.Text>
        <Flex gap={4} wrap>
          {units.map((u) => (
            <Tag
              key={u.value}
              closable
              onClose={() => setUnits(units.filter((x) => x.value !== u.value))}
            >
              {u.label}
            </Tag>
          ))}
        </Flex>
        <UnitPicker
          key={pickerKey}
          aria-label={t('content.distribute.add')}
          placeholder={t('content.distribute.add')}
          data-testid="distribute-picker"
          onPick={(o) => {
            if (o && !units.some((u) => u.value === o.value)) setUnits([...units, o]);
            setPickerKey(pickerKey + 1);
          }}
        />
        <Checkbox checked={subtree} onChange={(e) => setSubtree(e.target.checked)}>
          {t('content.distribute.subtree')}
        </Checkbox>
      </Flex>
    </Modal>
  );
}
