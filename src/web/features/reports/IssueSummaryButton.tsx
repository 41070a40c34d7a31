import { Alert, App, Button, Flex, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { formatDate } from '../../components/format';
import { DateField } from '../../components/DateField';
import { wholeNumberRules } from '../../components/number-rules';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useCan, useMe } from '../auth/session';
import { useIssueSummary } from './reports.api';
import { DownloadButton, SignatureLine } from '../inbox/SignedDocument';
import { useFormKey } from '../../api/use-form-key';

interface Values {
  issuedOn?: string | null;
  number?: number | null;
  results?: string;
}

/**
 * For a leader of the unit itself: issue the phase's sơ kết (or the plan's tổng kết) as the unit's
 * own document (numbered from its register, with its date), after a confirmation; once issued,
 * its number and date, who signed its PDF, and the PDF.
 */
export function IssueSummaryButton(props: {
  unitId: string;
  /** The phase of a sơ kết; null for the tổng kết (`final`). */
  phase: string | null;
  final: boolean;
  /** The plan the phase belongs to, so an "Đợt 1" of another year is not meant. */
  planId: string | null;
  phaseEnd: string;
  issued: { reportId: string; number: number; issuedOn: string } | null;
}) {
  const t = useT();
  const me = useMe();
  const canIssue = useCan('work.approve') && me.unit.id === props.unitId;
  const { message } = App.useApp();
  const showError = useApiError();
  const [open, setOpen] = useState(false);
  const { key, renew } = useFormKey(open);
  const issue = useIssueSummary(key);
  const [form] = Form.useForm<Values>();
  if (props.issued) {
    const signed = { kind: 'phase_report' as const, entityId: props.issued.reportId };
    return (
      <Flex vertical gap={4} align="flex-start">
        <Typography.Text data-testid="summary-issued">
          {t('sum.issuedAs', {
            number: String(props.issued.number).padStart(2, '0'),
            date: formatDate(props.issued.issuedOn),
          })}
        </Typography.Text>
        <SignatureLine item={signed} />
        <DownloadButton item={signed} />
      </Flex>
    );
  }
  if (!canIssue) return null;
  const submit = (v: Values) => {
    if (!v.issuedOn || issue.isPending) return;
    issue.mutate(
      {
        unitId: props.unitId,
        phase: props.final ? null : props.phase,
        final: props.final,
        planId: props.planId,
        issuedOn: v.issuedOn,
        number: v.number ?? null,
        narrative: { results: v.results?.trim() ?? '', difficulties: '', proposals: '' },
      },
      {
        onSuccess: (r) => {
          setOpen(false);
          void message.success(
            t('sum.issuedOk', { number: r.number, date: formatDate(r.issuedOn) }),
          );
        },
        onError: (e) => showError(e, form),
      },
    );
  };
  return (
    <>
      <Button
        type="primary"
        icon={<SafetyCertificateOutlined />}
        onClick={() => setOpen(true)}
        data-testid="summary-issue"
      >
        {t(props.final ? 'sum.issueFinal' : 'sum.issue')}
      </Button>
      <Modal
        open={open}
        title={
          props.final ? t('sum.issueFinalTitle') : t('sum.issueTitle', { phase: props.phase ?? '' })
        }
        okText={t('sum.issueConfirm')}
        cancelText={t('common.cancel')}
        confirmLoading={issue.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Alert type="warning" showIcon title={t('sum.issueWarning')} style={{ marginBottom: 12 }} />
        <Form<Values>
          onValuesChange={renew}
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ issuedOn: null }}
          onFinish={submit}
        >
          <Form.Item
            name="issuedOn"
            label={t('sum.issuedOn')}
            extra={t(props.final ? 'sum.issuedOnFinalHelp' : 'sum.issuedOnHelp', {
              date: formatDate(props.phaseEnd),
            })}
            rules={[{ required: true, message: t('sum.issuedOnRequired') }]}
          >
            <DateField aria-label={t('sum.issuedOn')} />
          </Form.Item>
          <Form.Item
            name="number"
            label={t('sum.number')}
            extra={t('sum.numberHelp')}
            rules={wholeNumberRules(t, t('sum.number'), 1, 99_999, { optional: true })}
          >
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="results" label={t('sum.results')}>
            <Input.TextArea rows={4} maxLength={20000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
