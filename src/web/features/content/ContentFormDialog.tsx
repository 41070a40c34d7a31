import { useState } from 'react';
import { App, Form, Input, Modal, Progress, Select, Typography } from 'antd';
import { DateField } from '../../components/DateField';
import { UnitPicker } from '../../components/UnitPicker';
import { useT } from '../../i18n/i18n';
import { useMe } from '../auth/session';
import {
  useCreateContent,
  useDeleteContent,
  useUploadFile,
  type CreateContentRequest,
} from './content.api';
import { CONTENT_KINDS, kindText } from './content-labels';
import { useFormKey } from '../../api/use-form-key';
import { createWithFile } from '../../api/create-with-file';
import { useFileRefusal } from '../../components/use-file-refusal';
import { contentFileUse } from '../../../contracts/file-uses';

type Values = Omit<CreateContentRequest, 'unitId'> & { unitId?: string };
const TEXT_KINDS = new Set(['article', 'slogans', 'qa']);

/** Adds an item: its fields, then its file with upload progress. */
export function ContentFormDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const { key, renew } = useFormKey(open);
  const create = useCreateContent(key);
  const upload = useUploadFile(setProgress);
  const remove = useDeleteContent();
  // Empty until the form has mounted.
  const kind = Form.useWatch<Values['kind'] | undefined>('kind', form);
  const fileField = useFileRefusal(t('content.field.file'));

  const submit = async (v: Values) => {
    fileField.clear();
    try {
      await createWithFile({
        file,
        use: contentFileUse(v.kind),
        create: () => create.mutateAsync({ ...v, unitId: v.unitId ?? me.unit.id }),
        upload: (item, f) => {
          setProgress(0);
          return upload.mutateAsync({ id: item.id, file: f });
        },
        // A refused file takes back the item it was for: no second item left without its file.
        remove: (item) => remove.mutateAsync(item.id),
        rolledBack: renew,
      });
      void message.success(t('content.created'));
      form.resetFields();
      setFile(null);
      setProgress(null);
      onClose();
    } catch (e) {
      setProgress(null);
      fileField.show(e, form);
    }
  };

  return (
    <Modal
      open={open}
      title={t('content.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || upload.isPending || remove.isPending}
      destroyOnHidden
    >
      <Form
        onValuesChange={renew}
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ kind: 'audio' }}
      >
        <Form.Item name="unitId" label={t('content.field.unit')}>
          <UnitPicker initialOption={{ value: me.unit.id, label: me.unit.name }} />
        </Form.Item>
        <Form.Item name="kind" label={t('content.kind')} rules={[{ required: true }]}>
          <Select options={CONTENT_KINDS.map((k) => ({ value: k, label: kindText(t, k) }))} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('content.field.title')}
          rules={[{ required: true, min: 3 }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="summary" label={t('content.field.summary')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="themes"
          label={t('content.field.themes')}
          extra={t('content.field.themesHelp')}
        >
          <Select mode="tags" open={false} suffix={() => null} />
        </Form.Item>
        <Form.Item name="validFrom" label={t('content.field.validFrom')}>
          <DateField />
        </Form.Item>
        <Form.Item
          name="validUntil"
          label={t('content.field.validUntil')}
          extra={t('content.field.validHelp')}
        >
          <DateField />
        </Form.Item>
        <Form.Item name="minorityLanguage" label={t('content.field.minority')}>
          <Input maxLength={60} />
        </Form.Item>
        {TEXT_KINDS.has(kind ?? '') && (
          <Form.Item
            name="body"
            label={t('content.field.body')}
            rules={[{ required: kind !== 'qa' }]}
          >
            <Input.TextArea rows={6} />
          </Form.Item>
        )}
        <Form.Item
          label={t('content.field.file')}
          extra={t('content.field.fileHelp')}
          {...fileField.itemProps}
        >
          <input
            type="file"
            aria-label={t('content.field.file')}
            data-testid="content-file"
            onChange={(e) => {
              fileField.clear();
              setFile(e.target.files?.[0] ?? null);
            }}
          />
        </Form.Item>
        {progress !== null && (
          <>
            <Typography.Text>{t('content.uploading')}</Typography.Text>
            <Progress percent={progress} />
          </>
        )}
      </Form>
    </Modal>
  );
}
