import { App, Button, Descriptions, Drawer, Flex, Typography } from 'antd';
import { FilePdfOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { InboxItemResponse } from '../../../contracts/inbox.contract';
import { isApiError } from '../../api/client';
import { formatDate, formatSigningTime } from '../../components/format';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useDownloadPdf, useIssuedPdf } from '../plans/plans.api';

/** The signature as Loa recorded it when it signed: who, when, or why there is none. */
function SignatureLine({ planId }: { planId: string }) {
  const t = useT();
  const pdf = useIssuedPdf(planId, true).data;
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

function DownloadButton({ planId }: { planId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const pdf = useDownloadPdf(planId);
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

/** One incoming document opened: its particulars, its signature and the signed PDF itself. */
export function InboxDocument({
  item,
  onClose,
}: {
  item: InboxItemResponse | null;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Drawer
      open={item !== null}
      onClose={onClose}
      title={item ? t('inbox.planNumber', { number: item.numberText }) : ''}
      size="large"
      data-testid="inbox-document"
    >
      {item && (
        <Flex vertical gap={16}>
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'number', label: t('inbox.number'), children: item.numberText },
              { key: 'date', label: t('inbox.issuedOn'), children: formatDate(item.issuedOn) },
              { key: 'issuer', label: t('inbox.issuer'), children: item.issuerName },
              { key: 'title', label: t('inbox.subject'), children: item.title },
            ]}
          />
          <SignatureLine planId={item.entityId} />
          <Flex gap={8} wrap>
            <DownloadButton planId={item.entityId} />
            <Link to={`/plans/${item.entityId}`}>{t('inbox.openPlan')}</Link>
          </Flex>
        </Flex>
      )}
    </Drawer>
  );
}
