import { Card, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { formatSigningTime } from '../../components/format';
import { useT } from '../../i18n/i18n';
import type { PlanResponse } from '../../../contracts/plans.contract';
import { useIssuedPdf } from './plans.api';

/**
 * The issued plan's PDF as it was sent: signed with the issuing unit's certificate (who, when),
 * still being made, or unsigned because the unit holds no valid certificate, and why; for the
 * issuer, the recipients outside Loa, to whom it sends the signed PDF by e-mail.
 */
export function PlanSignedPdf({ plan, mine }: { plan: PlanResponse; mine: boolean }) {
  const t = useT();
  const pdf = useIssuedPdf(plan.id, true).data;
  if (!pdf) return null;
  // Named in Nơi nhận but not a unit in Loa: the issuer sends these the signed PDF by e-mail.
  const outside = plan.recipients.filter((r) => !r.unitId).map((r) => r.name);
  return (
    <Card size="small" title={t('plan.signedPdf')} data-testid="plan-signed-pdf">
      {pdf.status === 'pending' && <Typography.Text>{t('plan.signedPdfPending')}</Typography.Text>}
      {pdf.status === 'failed' && (
        <Typography.Text type="warning">
          {t('plan.signedPdfFailed', { reason: pdf.error ?? '' })}
        </Typography.Text>
      )}
      {pdf.status === 'ready' &&
        (pdf.signedBy ? (
          <Typography.Text data-testid="plan-signed-by">
            <SafetyCertificateOutlined aria-hidden style={{ color: '#cf1322' }} />{' '}
            {t('plan.signedBy', { by: pdf.signedBy, at: formatSigningTime(pdf.signedAt) })}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('plan.unsigned')}</Typography.Text>
        ))}
      {mine && outside.length > 0 && (
        <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }} data-testid="plan-outside">
          {t('plan.sendByMail', { names: outside.join('; ') })}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
