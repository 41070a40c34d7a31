import { useState } from 'react';
import { Alert, Card, Flex, Form, Progress, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { isApiError } from '../../api/client';
import { UnitPicker, type UnitOption } from '../../components/UnitPicker';
import { useT, type Translate } from '../../i18n/i18n';
import { useMe } from '../auth/session';
import { useReadDocument, type ImportDocumentResponse } from './imports.api';
import { ACCEPTED, fileProblem } from './read-file';

/** How far the upload is (0–100); at 100 the server is reading the document. */
type Step = { percent: number } | null;

/** What to tell the officer when a file could not be read: the server's own words first. */
function problemText(t: Translate, e: unknown): string {
  if (!isApiError(e)) return t('imp.file.readFailed');
  if (e.status === 0) return t('error.network');
  return e.problem.detail ?? e.problem.errors?.[0]?.message ?? e.problem.title;
}

function StepProgress({ step }: { step: NonNullable<Step> }) {
  const t = useT();
  const label = t(step.percent >= 100 ? 'imp.step.extracting' : 'imp.step.uploading');
  return (
    <div role="status" data-testid="import-progress">
      <Typography.Text>{label}</Typography.Text>
      <Progress percent={step.percent} status="active" aria-label={label} />
    </div>
  );
}

/** Step 1: the unit the document is for, and the file, dropped or picked. */
export function ImportUpload({
  onRead,
}: {
  onRead: (result: ImportDocumentResponse, unit: UnitOption) => void;
}) {
  const t = useT();
  const me = useMe();
  const [unit, setUnit] = useState<UnitOption>({ value: me.unit.id, label: me.unit.name });
  const [step, setStep] = useState<Step>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const read = useReadDocument((percent) => setStep({ percent }));

  const pick = async (file: File) => {
    setProblem(null);
    const bad = fileProblem(file);
    if (bad) {
      const size = (file.size / 1024 / 1024).toFixed(1);
      setProblem(t(`imp.file.${bad}`, { name: file.name, size }));
      return;
    }
    try {
      setStep({ percent: 0 });
      const result = await read.mutateAsync({ file, unitId: unit.value });
      onRead(result, unit);
    } catch (e) {
      setProblem(problemText(t, e));
    } finally {
      setStep(null);
    }
  };

  return (
    <Card size="small" data-testid="import-upload">
      <Flex vertical gap={12}>
        <Form layout="vertical" requiredMark={false}>
          <Form.Item label={t('imp.unit')} extra={t('imp.unitHelp')} style={{ marginBottom: 0 }}>
            <UnitPicker
              value={unit.value}
              initialOption={unit}
              onPick={(o) => o && setUnit(o)}
              aria-label={t('imp.unit')}
              data-testid="import-unit"
            />
          </Form.Item>
        </Form>
        <Upload.Dragger
          accept={ACCEPTED.join(',')}
          multiple={false}
          showUploadList={false}
          disabled={step !== null}
          beforeUpload={(file) => {
            void pick(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('imp.drop')}</p>
          <p className="ant-upload-hint">{t('imp.dropHint')}</p>
        </Upload.Dragger>
        {step && <StepProgress step={step} />}
        {problem && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('imp.file.problem')}
            description={problem}
            data-testid="import-problem"
          />
        )}
      </Flex>
    </Card>
  );
}
