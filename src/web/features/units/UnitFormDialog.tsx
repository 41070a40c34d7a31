import { useEffect, useEffectEvent, useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import type { UnitResponse } from '../../../contracts/units.contract';
import { api, isApiError } from '../../api/client';
import { kindOptions, type UnitKind } from '../../components/labels';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { unitKeys, useCreateUnit, useUpdateUnit } from './units.api';
import { useFormKey } from '../../api/use-form-key';

interface UnitForm {
  name: string;
  shortName?: string;
  kind: UnitKind;
  code?: string;
}

/** The usual kind one level below a unit, to pre-fill the form. */
const CHILD_KIND: Record<UnitKind, UnitKind> = {
  nation: 'province',
  province: 'district',
  district: 'commune',
  commune: 'village',
  village: 'agency',
  agency: 'agency',
  group: 'agency',
};

const blankToNull = (v?: string) => (v && v.trim() ? v.trim() : null);

const toForm = (u: UnitResponse): UnitForm => ({
  name: u.name,
  shortName: u.shortName ?? '',
  kind: u.kind,
  code: u.code ?? '',
});

interface Props {
  open: boolean;
  /** create: add a child of `unit`; edit: change `unit` itself (optimistic, by version). */
  mode: 'create' | 'edit';
  unit: UnitResponse;
  onClose: () => void;
}

export function UnitFormDialog({ open, mode, unit, onClose }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<UnitForm>();
  const [version, setVersion] = useState(unit.version);
  const [conflict, setConflict] = useState(false);
  const { key, renew } = useFormKey(open);
  const create = useCreateUnit(key);
  const update = useUpdateUnit(unit.id);

  // Only when the dialog opens: a background refetch must not overwrite what is being typed.
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setConflict(false);
      setVersion(unit.version);
    }
  }
  const fill = useEffectEvent(() => {
    form.resetFields();
    form.setFieldsValue(mode === 'edit' ? toForm(unit) : { kind: CHILD_KIND[unit.kind] });
  });
  useEffect(() => {
    if (open) fill();
  }, [open]);

  const reload = async () => {
    const fresh = await queryClient.query({
      queryKey: unitKeys.detail(unit.id),
      queryFn: () => api.get('/units/{id}', { path: { id: unit.id } }),
      staleTime: 0,
    });
    form.setFieldsValue(toForm(fresh.unit));
    setVersion(fresh.unit.version);
    setConflict(false);
  };

  const onFinish = (values: UnitForm) => {
    const body = {
      name: values.name.trim(),
      shortName: blankToNull(values.shortName),
      kind: values.kind,
      code: blankToNull(values.code),
    };
    if (mode === 'create') {
      create.mutate(
        { ...body, parentId: unit.id },
        {
          onSuccess: (created) => {
            void message.success(t('unit.created', { name: created.name }));
            onClose();
            void navigate(`/units/${created.id}`);
          },
          onError: (e) => showError(e, form),
        },
      );
      return;
    }
    update.mutate(
      { ...body, version },
      {
        onSuccess: () => {
          void message.success(t('unit.saved'));
          onClose();
        },
        onError: (e) =>
          isApiError(e) && e.status === 409 ? setConflict(true) : showError(e, form),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={
        mode === 'create' ? t('unit.addChildTitle', { parent: unit.name }) : t('unit.editTitle')
      }
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ disabled: conflict }}
      confirmLoading={create.isPending || update.isPending}
      forceRender
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('unit.conflict')}
          data-testid="unit-conflict"
          action={
            <Button size="small" onClick={() => void reload()}>
              {t('common.reload')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<UnitForm>
        onValuesChange={renew}
        form={form}
        layout="vertical"
        onFinish={onFinish}
        name={`unit-${mode}`}
      >
        <Form.Item
          name="name"
          label={t('unit.name')}
          rules={[{ required: true, whitespace: true, message: t('unit.nameRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="shortName" label={t('unit.shortName')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('unit.kind')}
          rules={[{ required: true, message: t('unit.kindRequired') }]}
        >
          <Select options={kindOptions(t)} />
        </Form.Item>
        <Form.Item name="code" label={t('unit.code')} extra={t('unit.codeHelp')}>
          <Input maxLength={32} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
