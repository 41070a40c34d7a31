import { useRef } from 'react';
import { Button, Flex, Form, Input } from 'antd';
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/i18n';
import type { Narrative } from './reports.api';

interface Props {
  initial: Narrative;
  readOnly: boolean;
  saving: 'draft' | 'submit' | null;
  onSave: (narrative: Narrative, submit: boolean) => void;
}

/**
 * The three narrative parts of a report, with "Lưu nháp" and "Gửi báo cáo". Give it a `key` per
 * report version: it takes `initial` once, so a background refetch never wipes what is typed.
 */
export function NarrativeForm({ initial, readOnly, saving, onSave }: Props) {
  const t = useT();
  const [form] = Form.useForm<Narrative>();
  const submitRef = useRef(false);
  const fields = [
    { name: 'results', label: t('rep.results'), help: t('rep.resultsHelp') },
    { name: 'difficulties', label: t('rep.difficulties'), help: undefined },
    { name: 'proposals', label: t('rep.proposals'), help: undefined },
  ] as const;
  return (
    <Form<Narrative>
      form={form}
      layout="vertical"
      disabled={readOnly}
      initialValues={initial}
      onFinish={(v) => onSave(v, submitRef.current)}
    >
      {fields.map((f) => (
        <Form.Item key={f.name} name={f.name} label={f.label} extra={f.help}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={20_000} />
        </Form.Item>
      ))}
      {!readOnly && (
        <Flex gap={8} wrap>
          <Button
            htmlType="submit"
            icon={<SaveOutlined />}
            loading={saving === 'draft'}
            disabled={saving !== null}
            onClick={() => (submitRef.current = false)}
          >
            {t('rep.saveDraft')}
          </Button>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SendOutlined />}
            loading={saving === 'submit'}
            disabled={saving !== null}
            onClick={() => (submitRef.current = true)}
            data-testid="report-submit"
          >
            {t('rep.submit')}
          </Button>
        </Flex>
      )}
    </Form>
  );
}
