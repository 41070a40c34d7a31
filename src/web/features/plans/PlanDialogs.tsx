import { useEffect } from 'react';
import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import type { PlanResponse } from '../../../contracts/plans.contract';
import { DateField } from '../../components/DateField';
import { wholeNumberRules } from '../../components/number-rules';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useIssuePlan, useReturnPlan } from './plans.api';

interface DialogProps {
  plan: PlanResponse;
  open: boolean;
  onClose: () => void;
}

/** Trả lại: a note to the drafter is required. */
export function ReturnPlanDialog({ plan, open, onClose }: DialogProps) {
  const t = useT();
  const showError = useApiError();
  const [form] = Form.useForm<{ note: string }>();
  const ret = useReturnPlan(plan.id);
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  return (
    <Modal
      open={open}
      title={t('plan.returnTitle')}
      okText={t('plan.return')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={ret.isPending}
      forceRender
    >
      <Form
        form={form}
        layout="vertical"
        name="return-plan"
        onFinish={({ note }) =>
          ret.mutate(note.trim(), { onSuccess: onClose, onError: (e) => showError(e, form) })
        }
      >
        <Form.Item
          name="note"
          label={t('plan.returnNote')}
          rules={[{ required: true, whitespace: true, message: t('plan.returnNoteRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface IssueForm {
  number?: number | null;
  issuedOn?: string | null;
}

/** Ban hành: the next number of the register unless a reserved (or paper) number is given. */
export function IssuePlanDialog({ plan, open, onClose }: DialogProps) {
  const t = useT();
  const showError = useApiError();
  const [form] = Form.useForm<IssueForm>();
  const issue = useIssuePlan(plan.id);
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  return (
    <Modal
      open={open}
      title={t('plan.issueTitle')}
      okText={t('plan.issue')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={issue.isPending}
      forceRender
    >
      <Alert type="info" showIcon title={t('plan.issueHelp')} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        layout="vertical"
        name="issue-plan"
        onFinish={(v) =>
          issue.mutate(
            { number: v.number ?? null, issuedOn: v.issuedOn ?? null },
            { onSuccess: onClose, onError: (e) => showError(e, form) },
          )
        }
      >
        <Form.Item
          name="number"
          label={t('plan.issueNumber')}
          extra={t('plan.issueNumberHelp')}
          rules={wholeNumberRules(t, t('plan.issueNumber'), 1, 99_999, { optional: true })}
        >
          <InputNumber style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="issuedOn" label={t('plan.issuedOn')} extra={t('plan.issuedOnHelp')}>
          <DateField />
        </Form.Item>
      </Form>
    </Modal>
  );
}
