import { Fragment } from 'react';
import { useT } from '../../i18n/i18n';
import type { PlanWording } from '../../../contracts/plan-wording';
import './plan-preview.css';

/** The plan as it will print: an A4-proportioned page in the state document format. */
export function PlanPreview({ model }: { model: PlanWording }) {
  const t = useT();
  return (
    <div
      className="plan-preview"
      data-testid="plan-preview"
      aria-label={t('plan.preview')}
      role="region"
    >
      <article className="plan-page" lang="vi">
        {model.draft && <div className="plan-draft-mark">{t('plan.previewDraft')}</div>}
        <table className="plan-header" role="presentation">
          <tbody>
            <tr>
              <td className="plan-header-left">
                <div className="plan-upper">{model.parentBody}</div>
                <div className="plan-upper plan-bold">{model.issuingBody}</div>
                <div className="plan-rule plan-rule-short" />
                <div className="plan-number">{model.numberLine}</div>
              </td>
              <td className="plan-header-right">
                <div className="plan-upper plan-bold plan-small">
                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                </div>
                <div className="plan-bold plan-motto">Độc lập - Tự do - Hạnh phúc</div>
                <div className="plan-date">{model.dateLine}</div>
              </td>
            </tr>
          </tbody>
        </table>
        <h2 className="plan-type">KẾ HOẠCH</h2>
        <div className="plan-summary">{model.title}</div>
        <div className="plan-rule plan-rule-short plan-rule-centre" />
        {model.body.map((b, i) => (
          <Fragment key={i}>
            {b.kind === 'heading' ? (
              <p className={`plan-h${b.level}`}>{b.text}</p>
            ) : (
              <p className="plan-p">{b.kind === 'bullet' ? `- ${b.text}` : b.text}</p>
            )}
          </Fragment>
        ))}
        <table className="plan-footer" role="presentation">
          <tbody>
            <tr>
              <td className="plan-recipients">
                <div className="plan-recipients-title">Nơi nhận:</div>
                {model.recipients.map((r, i) => (
                  <div key={i}>{r}</div>
                ))}
              </td>
              <td className="plan-signature">
                <div className="plan-upper plan-bold">{model.signer.authority}</div>
                <div className="plan-upper plan-bold">{model.signer.position}</div>
                <div className="plan-sign-space" />
                <div className="plan-bold">{model.signer.name}</div>
              </td>
            </tr>
          </tbody>
        </table>
      </article>
    </div>
  );
}
