import { useEffect } from 'react';
import { Menu, type MenuProps } from 'antd';
import {
  MailOutlined,
  AlertOutlined,
  ApartmentOutlined,
  CarryOutOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  HistoryOutlined,
  InboxOutlined,
  NotificationOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  SoundOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router-dom';
import { carryView, VIEW_PAGES } from '../../components/view-state';
import { useT } from '../../i18n/i18n';
import { useMe } from '../auth/session';

/** The unit and period last seen on a supervision page, carried through pages that have none. */
let lastView = new URLSearchParams();

/**
 * The main menu; entries the role may not use (per /me permissions) are not shown at all. The
 * supervision pages open on the unit and period chosen last (`?unit=&from=&to=&week=`).
 */
export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  useEffect(() => {
    if ((VIEW_PAGES as readonly string[]).includes(pathname))
      lastView = new URLSearchParams(search);
  }, [pathname, search]);
  const can = (p: string) => me.permissions.includes(p);

  const items: MenuProps['items'] = [
    { key: '/today', icon: <InboxOutlined />, label: t('nav.today') },
    ...(can('work.read')
      ? [{ key: '/dashboard', icon: <DashboardOutlined />, label: t('nav.dashboard') }]
      : []),
    { key: '/units', icon: <ApartmentOutlined />, label: t('nav.units') },
    ...(can('work.read')
      ? [
          { key: '/inbox', icon: <MailOutlined />, label: t('nav.inbox') },
          { key: '/plans', icon: <FileTextOutlined />, label: t('nav.plans') },
          { key: '/tasks', icon: <CheckSquareOutlined />, label: t('nav.tasks') },
          { key: '/obligations', icon: <ScheduleOutlined />, label: t('nav.obligations') },
          { key: '/activities', icon: <SoundOutlined />, label: t('nav.activities') },
          { key: '/reports', icon: <SolutionOutlined />, label: t('nav.reports') },
          { key: '/elections', icon: <CarryOutOutlined />, label: t('nav.elections') },
          { key: '/content', icon: <FolderOpenOutlined />, label: t('nav.content') },
          { key: '/broadcasts', icon: <NotificationOutlined />, label: t('nav.broadcasts') },
          { key: '/claims', icon: <AlertOutlined />, label: t('nav.claims') },
        ]
      : []),
    ...(can('work.write')
      ? [{ key: '/imports', icon: <FileSearchOutlined />, label: t('nav.imports') }]
      : []),
    ...(can('user.read') ? [{ key: '/users', icon: <TeamOutlined />, label: t('nav.users') }] : []),
    ...(can('audit.read')
      ? [{ key: '/audit', icon: <HistoryOutlined />, label: t('nav.audit') }]
      : []),
  ];
  const selected =
    [
      '/today',
      '/dashboard',
      '/units',
      '/inbox',
      '/plans',
      '/tasks',
      '/obligations',
      '/activities',
      '/reports',
      '/elections',
      '/content',
      '/broadcasts',
      '/claims',
      '/imports',
      '/users',
      '/audit',
    ].find((k) => pathname.startsWith(k)) ?? '/units';

  return (
    <nav aria-label={t('nav.mainMenu')}>
      <Menu
        mode="inline"
        items={items}
        selectedKeys={[selected]}
        onClick={({ key }) => {
          void navigate(carryView(key, lastView));
          onNavigate?.();
        }}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}
