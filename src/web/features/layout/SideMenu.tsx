import { Menu, type MenuProps } from 'antd';
import { ApartmentOutlined, HistoryOutlined, TeamOutlined } from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router-dom';
import { useT } from '../../i18n/i18n';
import { useMe } from '../auth/session';

/** The main menu; entries the role may not use (per /me permissions) are not shown at all. */
export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const can = (p: string) => me.permissions.includes(p);

  const items: MenuProps['items'] = [
    { key: '/units', icon: <ApartmentOutlined />, label: t('nav.units') },
    ...(can('user.read') ? [{ key: '/users', icon: <TeamOutlined />, label: t('nav.users') }] : []),
    ...(can('audit.read')
      ? [{ key: '/audit', icon: <HistoryOutlined />, label: t('nav.audit') }]
      : []),
  ];
  const selected = ['/units', '/users', '/audit'].find((k) => pathname.startsWith(k)) ?? '/units';

  return (
    <nav aria-label={t('nav.mainMenu')}>
      <Menu
        mode="inline"
        items={items}
        selectedKeys={[selected]}
        onClick={({ key }) => {
          void navigate(key);
          onNavigate?.();
        }}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}
