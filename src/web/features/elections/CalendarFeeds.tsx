import { Button, List, Popconfirm, Typography } from 'antd';
import { formatDate } from '../../components/format';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useCalendarFeeds, useRevokeFeed } from './calendar-feeds.api';

/** The user's calendar feeds, each revocable: a feed address works without signing in. */
export function CalendarFeeds() {
  const t = useT();
  const feeds = useCalendarFeeds();
  const revoke = useRevokeFeed();
  const showError = useApiError();
  const items = feeds.data?.items ?? [];
  if (!items.length) return null;
  return (
    <List
      size="small"
      header={<Typography.Text strong>{t('el.feeds')}</Typography.Text>}
      dataSource={items}
      renderItem={(f) => (
        <List.Item
          actions={[
            <Popconfirm
              key="revoke"
              title={t('el.feedRevokeConfirm')}
              onConfirm={() => revoke.mutate(f.id, { onError: (err) => showError(err) })}
            >
              <Button size="small" danger loading={revoke.isPending && revoke.variables === f.id}>
                {t('el.feedRevoke')}
              </Button>
            </Popconfirm>,
          ]}
        >
          {f.electionName ?? f.unitName ?? t('el.feedGone')} · {formatDate(f.createdAt)}
        </List.Item>
      )}
    />
  );
}
