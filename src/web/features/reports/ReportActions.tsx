import { App, Button, Flex, Typography } from 'antd';
import { FileWordOutlined, PrinterOutlined, RollbackOutlined } from '@ant-design/icons';
import type { ReportResponse } from '../../../contracts/reports.contract';
import { formatDate, formatDateTime } from '../../components/format';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { reportDocxUrl, useRecallReport } from './reports.api';

interface Props {
  report: ReportResponse;
  /** The reporting unit's own officer, who may recall it while no one above has opened it. */
  canRecall: boolean;
  parentName: string | null;
}

/** "In báo cáo", "Tải DOCX", and for the sender whether it was read and "Rút lại báo cáo". */
export function ReportActions({ report, canRecall, parentName }: Props) {
  const t = useT();
  const { message, modal } = App.useApp();
  const showError = useApiError();
  const recall = useRecallReport();
  const sent = report.status === 'submitted';
  const recallable = canRecall && sent && !report.readAt;
  const week = report.periodKey.slice(6);
  const askRecall = () =>
    void modal.confirm({
      title: t('rep.recallTitle', { week }),
      content: t('rep.recallLine', { parent: parentName ?? t('rep.confirmParentless') }),
      okText: t('rep.recall'),
      cancelText: t('rep.cancel'),
      onOk: () =>
        recall.mutateAsync(report.id).then(
          () => void message.success(t('rep.recalled')),
          (e: unknown) => showError(e),
        ),
    });
  return (
    <Flex vertical gap={8} className="no-print">
      {canRecall && sent && (
        <Typography.Text type="secondary" data-testid="report-read-state">
          {report.readAt ? t('rep.readAt', { at: formatDateTime(report.readAt) }) : t('rep.unread')}
        </Typography.Text>
      )}
      <Flex gap={8} wrap>
        <Button
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          data-testid="report-print"
        >
          {t('rep.print')}
        </Button>
        <Button
          icon={<FileWordOutlined />}
          href={reportDocxUrl(report.id)}
          download
          data-testid="report-docx"
        >
          {t('rep.docx')}
        </Button>
        {recallable && (
          <Button
            danger
            icon={<RollbackOutlined />}
            loading={recall.isPending}
            onClick={askRecall}
            data-testid="report-recall"
          >
            {t('rep.recall')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}

/** The heading a printed report carries, as the DOCX does; shown on paper only. */
export function PrintTitle(props: { unitName: string; week: string; from: string; to: string }) {
  const t = useT();
  return (
    <div className="print-only" data-testid="report-print-title">
      <p className="print-unit">{props.unitName.toLocaleUpperCase('vi')}</p>
      <p className="print-type">{t('rep.printType')}</p>
      <p className="print-summary">
        {t('rep.printSummary', {
          week: Number(props.week.slice(6)),
          from: formatDate(props.from),
          to: formatDate(props.to),
        })}
      </p>
    </div>
  );
}
