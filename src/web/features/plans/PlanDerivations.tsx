import { Card, List, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useT } from '../../i18n/i18n';
import { statusColor, statusLabel } from './plan-labels';
import { useDerivations } from './plans.api';

/** "Đơn vị cấp dưới triển khai": which assigned units have derived their own plan, and which not. */
export function PlanDerivations({ planId }: { planId: string }) {
  const t = useT();
  const derivations = useDerivations(planId, true);
  const items = derivations.data ?? [];
  const done = items.filter((d) => d.planId).length;
  return (
    <Card
      size="small"
      title={t('plan.derivations')}
      extra={items.length > 0 && t('plan.derivationsCount', { done, total: items.length })}
      data-testid="plan-derivations"
    >
      <List
        size="small"
        loading={derivations.isPending}
        dataSource={items}
        locale={{ emptyText: t('plan.derivationsEmpty') }}
        renderItem={(d) => (
          <List.Item
            extra={d.status && <Tag color={statusColor(d.status)}>{statusLabel(t, d.status)}</Tag>}
          >
            {d.planId ? (
              <span>
                <CheckCircleFilled style={{ color: '#2e7d32', marginInlineEnd: 6 }} aria-hidden />
                <Link to={`/plans/${d.planId}`}>{d.unitName}</Link>
                <span className="sr-only"> — {t('plan.derived')}</span>
              </span>
            ) : (
              <span>
                <CloseCircleFilled style={{ color: '#b3261e', marginInlineEnd: 6 }} aria-hidden />
                {d.unitName}
                <Typography.Text type="secondary"> — {t('plan.notDerived')}</Typography.Text>
              </span>
            )}
          </List.Item>
        )}
      />
    </Card>
  );
}
