import { useState } from 'react';
import { Alert, App, Button, Flex, Input, Modal, Result, Typography, Upload } from 'antd';
import { DownloadOutlined, FileTextOutlined } from '@ant-design/icons';
import type { ImportUnitsResponse, UnitResponse } from '../../../contracts/units.contract';
import { isApiError } from '../../api/client';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { ImportErrorsTable } from './ImportErrorsTable';
import { downloadTemplate, rowErrorsFromProblem, type ImportRowError } from './import-csv';
import { useImportUnits } from './units.api';

type Mode = 'keep_valid' | 'all_or_nothing';

interface Props {
  open: boolean;
  parent: UnitResponse;
  onClose: () => void;
}

/** CSV import in two steps: a dry run listing bad rows, then the user picks how to import. */
export function ImportUnitsDialog({ open, parent, onClose }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const importUnits = useImportUnits();
  const [csv, setCsv] = useState('');
  const [check, setCheck] = useState<ImportUnitsResponse | null>(null);
  const [rejected, setRejected] = useState<ImportRowError[] | null>(null);
  const [done, setDone] = useState<ImportUnitsResponse | null>(null);

  const reset = () => {
    setCsv('');
    setCheck(null);
    setRejected(null);
    setDone(null);
  };

  const runCheck = () => {
    if (!csv.trim()) return void message.warning(t('import.empty'));
    setRejected(null);
    importUnits.mutate(
      { csv, parentId: parent.id, mode: 'keep_valid', dryRun: true },
      { onSuccess: setCheck, onError: (e) => showError(e) },
    );
  };

  const runImport = (mode: Mode) =>
    importUnits.mutate(
      { csv, parentId: parent.id, mode },
      {
        onSuccess: (result) => {
          setDone(result);
          void message.success(t('import.done', { created: result.created }));
        },
        onError: (e) => {
          const rows = isApiError(e) ? rowErrorsFromProblem(e.problem.errors) : [];
          if (rows.length > 0) setRejected(rows);
          else showError(e);
        },
      },
    );

  const errors = rejected ?? check?.errors ?? [];
  const footer = done ? (
    <Button type="primary" onClick={onClose}>
      {t('common.close')}
    </Button>
  ) : check ? (
    <Flex gap={8} wrap justify="flex-end">
      <Button onClick={() => setCheck(null)}>{t('import.back')}</Button>
      <Button
        onClick={() => runImport('keep_valid')}
        disabled={check.valid === 0}
        loading={importUnits.isPending}
      >
        {t('import.keepValid')}
      </Button>
      <Button
        type="primary"
        onClick={() => runImport('all_or_nothing')}
        loading={importUnits.isPending}
      >
        {t('import.allOrNothing')}
      </Button>
    </Flex>
  ) : (
    <Button type="primary" onClick={runCheck} loading={importUnits.isPending}>
      {t('import.check')}
    </Button>
  );

  return (
    <Modal
      open={open}
      title={t('import.title')}
      onCancel={onClose}
      afterClose={reset}
      footer={footer}
      width={720}
      destroyOnHidden
    >
      {done ? (
        <Result
          status="success"
          title={t('import.done', { created: done.created })}
          data-testid="import-done"
        />
      ) : check ? (
        <Flex vertical gap={12} data-testid="import-check">
          <Alert
            type={errors.length ? 'warning' : 'success'}
            showIcon
            title={t('import.summary', {
              total: check.total,
              valid: check.valid,
              invalid: check.total - check.valid,
            })}
            description={errors.length ? t('import.modesHelp') : t('import.noErrors')}
          />
          {rejected && <Alert type="error" showIcon role="alert" title={t('import.rejected')} />}
          {errors.length > 0 && <ImportErrorsTable errors={errors} />}
          <Typography.Text strong>{t('import.choose')}</Typography.Text>
        </Flex>
      ) : (
        <Flex vertical gap={12}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('import.help', { parent: parent.name })}
          </Typography.Paragraph>
          <Flex gap={8} wrap>
            <Button icon={<DownloadOutlined />} onClick={downloadTemplate}>
              {t('import.template')}
            </Button>
            <Upload
              accept=".csv,text/csv,text/plain"
              showUploadList={false}
              beforeUpload={(file) => {
                void file.text().then(setCsv);
                return false;
              }}
            >
              <Button icon={<FileTextOutlined />}>{t('import.upload')}</Button>
            </Upload>
          </Flex>
          <Input.TextArea
            value={csv}
            onChange={(e) => setCsv(e.target.value)}
            rows={8}
            placeholder={t('import.paste')}
            aria-label={t('import.paste')}
            data-testid="import-csv"
            style={{ fontFamily: 'monospace' }}
          />
        </Flex>
      )}
    </Modal>
  );
}
