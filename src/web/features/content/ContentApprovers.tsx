import { Typography } from 'antd';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { useContentApprovers } from './content.api';

/** "Người duyệt": the leaders who may approve this draft, so its author knows whom they wait on. */
export function ContentApprovers({ id }: { id: string }) {
  const t = useT();
  const query = useContentApprovers(id, true);
  if (!query.data) return null;
  if (query.data.items.length === 0)
    return <Typography.Text type="secondary">{t('today.noApprover')}</Typography.Text>;
  return (
    <span data-testid="content-approvers">
      {query.data.items
        .map((a) =>
          t('today.approverPerson', {
            name: a.name,
            role: t(`today.role.${a.role}` as MessageKey),
            unit: a.unitName,
          }),
        )
        .join(', ')}
    </span>
  );
}
