import { useState } from 'react';
import { Alert, App, Button, Flex, Modal, Progress, Result, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { isApiError } from '../../api/client';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { ImportErrorsTable } from '../units/ImportErrorsTable';
import { rowErrorsFromProblem, type ImportRowError } from '../units/import-csv';
import { useImportActivities, type ImportActivitiesResponse } from './activities.api';

type Mode = 'keep_valid' | 'all_or_nothing';

/** "Nhập từ tệp": upload, a dry run listing bad lines, then the user chooses how to save. */
export function ImportActivitiesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const [progress, setProgress] = useState(0);
  const importing = useImportActivities(setProgress);
  const [file, setFile] = useState<File | null>(null);
  const [check, setCheck] = useState<ImportActivitiesResponse | null>(null);
  const [rejected, setRejected] = useState<ImportRowError[] | null>(null);
  const [done, setDone] = useState<ImportActivitiesResponse | null>(null);

  const reset = () => {
    setFile(null);
    setCheck(null);
    setRejected(null);
    setDone(null);
  };

  const run = (picked: File, mode: Mode, dryRun: boolean) => {
    setProgress(0);
    setRejected(null);
    importing.mutate(
      { file: picked, mode, ...(dryRun ? { dryRun: true } : {}) },
      {
        onSuccess: (r) => {
          if (dryRun) {
            setCheck(r);
            return;
          }
          setDone(r);
          void message.success(t('actImport.done', { created: r.created }));
        },
        onError: (e) => {
          const rows = isApiError(e) ? rowErrorsFromProblem(e.problem.errors) : [];
          if (rows.length > 0) setRejected(rows);
          else showError(e);
        },
      },
    );
  };

  const pick = (picked: File) => {
    setFile(picked);
    run(picked, 'keep_valid', true);
  };

  const errors = rejected ?? check?.errors ?? [];
  const busy = importing.isPending;
  const footer = done ? (
    <Button type="primary" onClick={onClose}>
      {t('common.close')}
    </Button>
  ) : check && file ? (
    <Flex gap={8} wrap justify="flex-end">
      <Button onClick={reset}>{t('actImport.another')}</Button>
      <Button
        onClick={() => run(file, 'keep_valid', false)}
        disabled={check.valid === 0}
        loading={busy}
      >
        {t('actImport.keepValid')}
      </Button>
      <Button type="primary" onClick={() => run(file, 'all_or_nothing', false)} loading={busy}>
        {t('actImport.allOrNothing')}
      </Button>
    </Flex>
  ) : null;

  return (
    <Modal
      open={open}
      title={t('actImport.title')}
      onCancel={onClose}
      afterClose={reset}
      footer={footer}
      width={760}
      destroyOnHidden
    >
      <Flex vertical gap={12} data-testid="activity-import">
        {busy && (
          <Progress percent={progress} status="active" aria-label={t('actImport.uploading')} />
        )}
        {done ? (
          <Result status="success" title={t('actImport.done', { created: done.created })} />
        ) : check ? (
          <>
            <Alert
              type={errors.length ? 'warning' : 'success'}
              showIcon
              title={t('actImport.summary', {
                file: file?.name ?? '',
                total: check.total,
                valid: check.valid,
                invalid: check.total - check.valid,
              })}
              description={errors.length ? t('actImport.modesHelp') : t('actImport.noErrors')}
            />
            {rejected && (
              <Alert type="error" showIcon role="alert" title={t('actImport.rejected')} />
            )}
            {errors.length > 0 && <ImportErrorsTable errors={errors} />}
          </>
        ) : (
          <>
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('actImport.help')}
            </Typography.Paragraph>
            <Flex gap={8} wrap>
              <Button icon={<DownloadOutlined />} href="/api/v1/activities/template.csv" download>
                {t('actImport.template')}
              </Button>
              <Upload
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                showUploadList={false}
                disabled={busy}
                beforeUpload={(picked) => {
                  pick(picked);
                  return false;
                }}
              >
                <Button
                  type="primary"
                  icon={<UploadOutlined />}
                  loading={busy}
                  data-testid="activity-import-file"
                >
                  {t('actImport.upload')}
                </Button>
              </Upload>
            </Flex>
          </>
        )}
      </Flex>
    </Modal>
  );
}
