import { App, Button, Typography } from 'antd';
import { FilePdfOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { InboxItemResponse } from '../../../contracts/inbox.contract';
import { isApiError } from '../../api/client';
import { formatSigningTime } from '../../components/format';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useDocumentPdf, useDownloadDocument } from './inbox.api';

/** An issued document (a plan, a sơ kết) as its signed PDF: who signed it, and the file. */
type Item = Pick<InboxItemResponse, 'kind' | 'entityId'>;

/** The signature as Loa recorded it when it signed: who, when, or why there is none. */
export function SignatureLine({ item }: { item: Item }) {
  const t = useT();
  const pdf = useDocumentPdf(item).data;
  if (!pdf) return null;
  if (pdf.status === 'ready' && pdf.signedBy)
    return (
      <Typography.Text data-testid="inbox-signature">
        <SafetyCertificateOutlined aria-hidden style={{ color: '#cf1322' }} />{' '}
        {t('inbox.signedAt', { by: pdf.signedBy, at: formatSigningTime(pdf.signedAt) })}
      </Typography.Text>
    );
  if (pdf.status === 'ready') return <Typography.Text>{t('plan.unsigned')}</Typography.Text>;
  if (pdf.status === 'failed')
    return (
      <Typography.Text>{t('plan.signedPdfFailed', { reason: pdf.error ?? '' })}</Typography.Text>
    );
  return <Typography.Text>{t('plan.signedPdfPending')}</Typography.Text>;
}

export function DownloadButton({ item }: { item: Item }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const pdf = useDownloadDocument(item);
  return (
    <Button
      type="primary"
      icon={<FilePdfOutlined />}
      loading={pdf.isPending}
      onClick={() =>
        pdf.mutate(undefined, {
          onError: (e: unknown) =>
            isApiError(e) && e.status === 503
              ? void message.warning(t('plan.pdfMissing'))
              : showError(e),
        })
      }
    >
      {t('inbox.downloadPdf')}
    </Button>
  );
}
