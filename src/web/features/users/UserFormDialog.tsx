import { useEffect } from 'react';
import { App, Form, Input, Modal, Select, Switch } from 'antd';
import type { RoleValue, UserResponse } from '../../../contracts/accounts.contract';
import { roleOptions } from '../../components/labels';
import { UnitPicker } from '../../components/UnitPicker';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useMe } from '../auth/session';
import { useCreateUser, useUpdateUser } from './users.api';
import { useFormKey } from '../../api/use-form-key';

interface UserForm {
  unitId: string;
  role: RoleValue;
  username: string;
  displayName: string;
  email?: string;
  password?: string;
  active: boolean;
}

interface Props {
  open: boolean;
  /** The account to edit; absent to create one. */
  user: UserResponse | null;
  onClose: () => void;
}

const blankToNull = (v?: string) => (v && v.trim() ? v.trim() : null);

export function UserFormDialog({ open, user, onClose }: Props) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<UserForm>();
  const { key, renew } = useFormKey(open);
  const create = useCreateUser(key);
  const update = useUpdateUser();
  const editing = user !== null;
  const unitOption = user
    ? { value: user.unitId, label: user.unitName ?? user.unitId }
    : { value: me.unit.id, label: me.unit.name, kind: me.unit.kind };

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      user
        ? { ...user, email: user.email ?? '', password: '' }
        : { unitId: me.unit.id, role: 'officer', active: true },
    );
  }, [open, user, form, me.unit.id]);

  const done = (text: string) => {
    void message.success(text);
    onClose();
  };

  const onFinish = (v: UserForm) => {
    const common = {
      displayName: v.displayName.trim(),
      email: blankToNull(v.email),
      role: v.role,
      unitId: v.unitId,
    };
    if (!user) {
      const body = { ...common, username: v.username.trim(), password: v.password ?? '' };
      create.mutate(body, {
        onSuccess: (u) => done(t('user.created', { name: u.displayName })),
        onError: (e) => showError(e, form),
      });
      return;
    }
    const body = {
      ...common,
      id: user.id,
      active: v.active,
      ...(v.password ? { password: v.password } : {}),
    };
    update.mutate(body, {
      onSuccess: () => done(t('user.saved')),
      onError: (e) => showError(e, form),
    });
  };

  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('user.required', { field: field.toLowerCase() }),
  });

  return (
    <Modal
      open={open}
      title={user ? t('user.editTitle', { name: user.username }) : t('user.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      forceRender
    >
      <Form<UserForm>
        onValuesChange={renew}
        form={form}
        layout="vertical"
        onFinish={onFinish}
        name="user-form"
      >
        <Form.Item
          name="unitId"
          label={t('user.unit')}
          rules={[
            {
              required: true,
              message: t('user.required', { field: t('user.unit').toLowerCase() }),
            },
          ]}
        >
          <UnitPicker
            key={user?.id ?? 'new'}
            initialOption={unitOption}
            aria-label={t('user.unit')}
          />
        </Form.Item>
        <Form.Item name="role" label={t('user.role')} rules={[{ required: true }]}>
          <Select options={roleOptions(t)} />
        </Form.Item>
        {!editing && (
          <Form.Item
            name="username"
            label={t('user.username')}
            extra={t('user.usernameHelp')}
            rules={[required(t('user.username'))]}
          >
            <Input autoComplete="off" maxLength={64} />
          </Form.Item>
        )}
        <Form.Item
          name="displayName"
          label={t('user.displayName')}
          rules={[required(t('user.displayName'))]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('user.email')}
          rules={[{ type: 'email', message: t('user.emailInvalid') }]}
        >
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="password"
          label={editing ? t('user.resetPassword') : t('user.password')}
          extra={editing ? t('user.resetHelp') : t('password.hint')}
          rules={[
            ...(editing ? [] : [required(t('user.password'))]),
            { min: 10, message: t('password.hint') },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {editing && (
          <Form.Item name="active" label={t('user.activeSwitch')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
