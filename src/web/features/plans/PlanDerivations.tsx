import { Card, List, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, EditFilled } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { MessageKey } from '../../i18n/vi';
import { useT } from '../../i18n/i18n';
import { useDerivations } from './plans.api';

type State = 'issued' | 'drafting' | 'missing';
const STATE: Record<State, { key: MessageKey; color: string; icon: typeof CheckCircleFilled }> = {
  issued: { key: 'plan.derivationsIssued', color: 'green', icon: CheckCircleFilled },
  drafting: { key: 'plan.derivationsDrafting', color: 'gold', icon: EditFilled },
  missing: { key: 'plan.derivationsMissing', color: 'red', icon: CloseCircleFilled },
};
const ICON_COLOR: Record<State, string> = {
  issued: '#2e7d32',
  drafting: '#8a6d00',
  missing: '#b3261e',
};

/**
 * "Đơn vị cấp dưới triển khai", down the whole cascade: every administrative unit given work by
 * this plan or a plan derived from it, with the way down to it and whether its own plan is issued,
 * being drafted, or not started.
 */
export function PlanDerivations({ planId }: { planId: string }) {
  const t = useT();
  const derivations = useDerivations(planId, true);
  const items = derivations.data ?? [];
  const done = items.filter((d) => d.state === 'issued').length;
  return (
    <Card
      size="small"
      title={t('plan.derivations')}
      extra={items.length > 0 && t('plan.derivationsCount', { done, total: items.length })}
      data-testid="plan-derivations"
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('plan.derivationsHelp')}
      </Typography.Paragraph>
      <List
        size="small"
        loading={derivations.isPending}
        dataSource={items}
        locale={{ emptyText: t('plan.derivationsEmpty') }}
        renderItem={(d) => {
          const s = STATE[d.state];
          const Icon = s.icon;
          return (
            <List.Item
              data-testid="plan-derivation"
              extra={<Tag color={s.color}>{t(s.key)}</Tag>}
              style={{ paddingInlineStart: 8 + (d.depth - 1) * 20 }}
            >
              <span>
                <Icon style={{ color: ICON_COLOR[d.state], marginInlineEnd: 6 }} aria-hidden />
                {d.planId ? <Link to={`/plans/${d.planId}`}>{d.pathText}</Link> : d.pathText}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {' '}
                  · {t('plan.derivationsDepth', { n: d.depth })}
                </Typography.Text>
              </span>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
