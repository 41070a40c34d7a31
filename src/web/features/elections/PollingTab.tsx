import { useState } from 'react';
import { Alert, Button, Flex, Modal, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useCan } from '../auth/session';
import { useImportPolling, usePolling, type ImportReport, type Polling } from './elections.api';

/** Electoral districts and polling areas, and their import from a spreadsheet. */
export function PollingTab({ electionId }: { electionId: string }) {
  const t = useT();
  const polling = usePolling(electionId);
  const canWrite = useCan('work.write');
  const [open, setOpen] = useState(false);
  const districts = new Map((polling.data?.districts ?? []).map((d) => [d.id, d]));
  return (
    <Flex vertical gap={12}>
      {canWrite && (
        <Button
          icon={<UploadOutlined />}
          onClick={() => setOpen(true)}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('el.p.import')}
        </Button>
      )}
      <Table<Polling['areas'][number]>
        rowKey="id"
        size="small"
        loading={polling.isLoading}
        dataSource={polling.data?.areas ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: true }}
        columns={[
          {
            title: t('el.p.district'),
            render: (_, a) =>
              `${districts.get(a.districtId)?.name ?? ''} (${districts.get(a.districtId)?.seats ?? ''})`,
          },
          { title: t('el.p.area'), dataIndex: 'name' },
          { title: t('el.p.address'), dataIndex: 'address' },
          { title: t('el.p.villages'), render: (_, a) => a.villages.map((v) => v.name).join(', ') },
          { title: t('el.p.voters'), dataIndex: 'voterCount', align: 'right' },
        ]}
      />
      {open && <ImportDialog electionId={electionId} onClose={() => setOpen(false)} />}
    </Flex>
  );
}

function ImportDialog({ electionId, onClose }: { electionId: string; onClose: () => void }) {
  const t = useT();
  const run = useImportPolling(electionId);
  const showError = useApiError();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const send = (dryRun: boolean) => {
    if (!file) return;
    run.mutate({ file, dryRun }, { onSuccess: setReport, onError: (e) => showError(e) });
  };
  return (
    <Modal
      open
      title={t('el.p.import')}
      onCancel={onClose}
      footer={[
        <Button key="check" onClick={() => send(true)} disabled={!file} loading={run.isPending}>
          {t('el.p.check')}
        </Button>,
        <Button
          key="go"
          type="primary"
          onClick={() => send(false)}
          disabled={!file}
          loading={run.isPending}
        >
          {t('el.p.run')}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{t('el.p.hint')}</Typography.Paragraph>
      <Typography.Paragraph code>
        Đơn vị bầu cử, Số đại biểu, Khu vực bỏ phiếu, Địa chỉ, Xã phường, Thôn tổ, Số cử tri
      </Typography.Paragraph>
      <Upload
        accept=".csv,.xlsx"
        maxCount={1}
        beforeUpload={(f) => {
          setFile(f);
          setReport(null);
          return false;
        }}
        onRemove={() => setFile(null)}
      >
        <Button icon={<UploadOutlined />}>{t('el.p.pick')}</Button>
      </Upload>
      {report && (
        <Flex vertical gap={8} style={{ marginTop: 12 }} role="status">
          <Alert
            type={report.issues.length ? 'error' : 'success'}
            title={
              report.applied
                ? t('el.p.applied', {
                    areas: report.created.pollingAreas,
                    districts: report.created.districts,
                  })
                : report.issues.length
                  ? t('el.p.rejected', { n: report.issues.length })
                  : t('el.p.clean', { n: report.valid })
            }
          />
          {report.issues.length > 0 && (
            <Table
              size="small"
              rowKey={(r) => `${r.line}-${r.field}-${r.message}`}
              pagination={false}
              dataSource={report.issues}
              columns={[
                { title: t('el.p.line'), dataIndex: 'line' },
                { title: t('el.p.kind'), render: (_, r) => t(`el.p.kind.${r.kind}`) },
                { title: t('el.p.message'), dataIndex: 'message' },
              ]}
            />
          )}
        </Flex>
      )}
    </Modal>
  );
}
