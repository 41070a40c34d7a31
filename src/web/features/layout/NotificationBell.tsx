import { useState } from 'react';
import { Badge, Button, Drawer, Empty, Flex, Grid, Popover, Typography } from 'antd';
import { BellOutlined, CheckOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import type { NotificationResponse } from '../../../contracts/notifications.contract';
import { formatDateTime } from '../../components/format';
import { useT } from '../../i18n/i18n';
import { useMarkRead, useNotifications } from './notifications.api';

/** Links may be written with or without the /app prefix; the router works below it. */
const toRoute = (link: string): string => link.replace(/^\/app(?=\/|$)/, '') || '/';

function NotificationItem({ item, onOpen }: { item: NotificationResponse; onOpen: () => void }) {
  const t = useT();
  const markRead = useMarkRead();
  return (
    <li className={item.read ? 'notif-item' : 'notif-item notif-unread'}>
      <Flex justify="space-between" gap={8} align="start">
        <button type="button" className="link-button notif-open" onClick={onOpen}>
          <Typography.Text strong={!item.read}>{item.title}</Typography.Text>
          <Typography.Paragraph
            type="secondary"
            style={{ margin: 0, fontSize: 13 }}
            ellipsis={{ rows: 2 }}
          >
            {item.body}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(item.createdAt)}
          </Typography.Text>
        </button>
        {!item.read && (
          <Button
            size="small"
            type="text"
            icon={<CheckOutlined />}
            aria-label={`${t('notif.markRead')}: ${item.title}`}
            title={t('notif.markRead')}
            loading={markRead.isPending}
            onClick={() => markRead.mutate([item.id])}
          />
        )}
      </Flex>
    </li>
  );
}

/** The bell in the header: unread count, the latest notifications, mark one or all read. */
export function NotificationBell() {
  const t = useT();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const phone = !Grid.useBreakpoint().sm;
  const { data } = useNotifications();
  const markRead = useMarkRead();
  const unread = data?.unread ?? 0;
  const items = data?.items ?? [];

  const openItem = (item: NotificationResponse) => {
    if (!item.read) markRead.mutate([item.id]);
    setOpen(false);
    if (item.link) void navigate(toRoute(item.link));
  };

  const content = (
    <div className="notif-panel" data-testid="notification-panel">
      <Flex justify="space-between" align="center" gap={8} className="notif-head">
        {/* The drawer has its own title. */}
        {!phone && <Typography.Text strong>{t('notif.label')}</Typography.Text>}
        <Button
          size="small"
          type="link"
          disabled={unread === 0}
          onClick={() => markRead.mutate(undefined)}
        >
          {t('notif.markAll')}
        </Button>
      </Flex>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notif.empty')} />
      ) : (
        <ul className="notif-list">
          {items.map((item) => (
            <NotificationItem key={item.id} item={item} onOpen={() => openItem(item)} />
          ))}
        </ul>
      )}
    </div>
  );

  const bell = (
    <Button
      type="text"
      aria-label={t('notif.unreadCount', { n: unread })}
      data-testid="notification-bell"
      onClick={phone ? () => setOpen(true) : undefined}
      icon={
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      }
    />
  );

  // A popover anchored near the right edge would not fit a phone; there it is a drawer.
  if (phone) {
    return (
      <>
        {bell}
        <Drawer
          open={open}
          onClose={() => setOpen(false)}
          placement="right"
          size="100%"
          title={t('notif.label')}
        >
          {content}
        </Drawer>
      </>
    );
  }
  return (
    <Popover
      content={content}
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
      arrow={false}
    >
      {bell}
    </Popover>
  );
}
