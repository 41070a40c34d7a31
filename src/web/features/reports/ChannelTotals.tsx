import { Typography } from 'antd';
import type { FigureRowResponse } from '../../../contracts/activities.contract';
import { rollUpByChannel, totalOf } from '../../../contracts/figures';
import { useT } from '../../i18n/i18n';
import { statedFigure } from '../activities/stated-options';
import { channelLabel } from '../plans/plan-labels';

/**
 * Totals by channel as a sơ kết states them: a figure over radio and television on one combined
 * line (counted once), a named outlet on its own line under its channel, the total approximate
 * when any part is ("trên 418").
 */
export function ChannelTotals({ figures }: { figures: FigureRowResponse[] }) {
  const t = useT();
  const lines = rollUpByChannel(figures);
  if (lines.length === 0) return null;
  const measures = [...new Set(lines.map((l) => l.measureUnit))];
  return (
    <div data-testid="summary-channel-totals">
      <Typography.Text strong>{t('fig.byChannel')}</Typography.Text>
      <ul style={{ marginBlock: 4 }}>
        {lines.map((l) => (
          <li key={`${l.channels.join('+')}|${l.measureUnit}`}>
            {l.channels.map((c) => channelLabel(t, c)).join(', ')}:{' '}
            {statedFigure(t, l.quantity, l.approx)} {l.measureUnit}
            {l.outlets.length > 0 && (
              <ul>
                {l.outlets.map((o) => (
                  <li key={o.outlet}>
                    {t('fig.inWhich', { outlet: o.outlet })}:{' '}
                    {statedFigure(t, o.quantity, o.approx)} {l.measureUnit}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {measures.map((m) => {
        const sum = totalOf(lines.filter((l) => l.measureUnit === m));
        return (
          <Typography.Paragraph key={m} style={{ marginBottom: 0 }}>
            {t('fig.total')}: {statedFigure(t, sum.quantity, sum.approx)} {m}
          </Typography.Paragraph>
        );
      })}
    </div>
  );
}
