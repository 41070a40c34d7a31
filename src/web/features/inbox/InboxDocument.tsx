import { Descriptions, Drawer, Flex } from 'antd';
import { Link } from 'react-router-dom';
import type { InboxItemResponse } from '../../../contracts/inbox.contract';
import { formatDate } from '../../components/format';
import { useT } from '../../i18n/i18n';
import { DownloadButton, SignatureLine } from './SignedDocument';

/** How a document is named in the list and the drawer: "Kế hoạch số …", "Báo cáo số …". */
export const documentName = (
  t: ReturnType<typeof useT>,
  item: Pick<InboxItemResponse, 'kind' | 'numberText'>,
) =>
  t(item.kind === 'plan' ? 'inbox.planNumber' : 'inbox.reportNumber', { number: item.numberText });

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
      title={item ? documentName(t, item) : ''}
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
          <SignatureLine item={item} />
          <Flex gap={8} wrap align="center">
            <DownloadButton item={item} />
            {item.kind === 'plan' && (
              <Link to={`/plans/${item.entityId}`}>{t('inbox.openPlan')}</Link>
            )}
          </Flex>
        </Flex>
      )}
    </Drawer>
  );
}
