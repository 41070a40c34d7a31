import { useState } from 'react';
import { Alert, App, Button, Flex, Form, Modal, Select, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { isApiError } from '../../api/client';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { ImportErrorsTable } from '../units/ImportErrorsTable';
import { rowErrorsFromProblem, type ImportRowError } from '../units/import-csv';
import { useImportPlays, useStations, type ImportPlaysResponse } from './broadcasts.api';

/** A station's past play log from a file: checked first (every bad cell listed), then saved whole. */
export function ImportPlaysDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const stations = useStations();
  const importing = useImportPlays();
  const [stationId, setStationId] = useState<string>();
  const [file, setFile] = useState<File | null>(null);
  const [check, setCheck] = useState<ImportPlaysResponse | null>(null);
  const [errors, setErrors] = useState<ImportRowError[]>([]);

  const run = (picked: File, dryRun: boolean) => {
    if (!stationId) return;
    setErrors([]);
    importing.mutate(
      { stationId, file: picked, dryRun },
      {
        onSuccess: (r) => {
          setErrors(r.errors);
          if (dryRun) {
            setCheck(r);
            return;
          }
          void message.success(
            t('bc.plays.importDone', { recorded: r.recorded, duplicates: r.duplicates }),
          );
          setFile(null);
          setCheck(null);
          onClose();
        },
        onError: (e) => {
          const rows = isApiError(e) ? rowErrorsFromProblem(e.problem.errors) : [];
          if (rows.length > 0) setErrors(rows);
          else showError(e);
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('bc.plays.import')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Button
          type="primary"
          disabled={!file || !check || check.errors.length > 0 || check.total === 0}
          loading={importing.isPending}
          onClick={() => file && run(file, false)}
          data-testid="plays-import-run"
        >
          {t('bc.plays.importRun', { n: check?.total ?? 0 })}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('bc.plays.importHelp')}
        </Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('bc.plays.station')} required>
            <Select
              value={stationId}
              onChange={(id: string) => {
                setStationId(id);
                setCheck(null);
              }}
              aria-label={t('bc.plays.station')}
              options={(stations.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            />
          </Form.Item>
          <Upload
            accept=".csv,.xlsx"
            maxCount={1}
            showUploadList={false}
            disabled={!stationId}
            beforeUpload={(picked) => {
              setFile(picked);
              run(picked, true);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} disabled={!stationId}>
              {file ? file.name : t('bc.plays.importPick')}
            </Button>
          </Upload>
        </Form>
        {check && errors.length === 0 && (
          <Alert type="success" showIcon title={t('bc.plays.importRun', { n: check.total })} />
        )}
        {errors.length > 0 && <ImportErrorsTable errors={errors} />}
      </Flex>
    </Modal>
  );
}
