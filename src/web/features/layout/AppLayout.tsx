import { useState } from 'react';
import { App as AntApp, Button, Drawer, Flex, Grid, Layout } from 'antd';
import { MenuOutlined, SoundOutlined } from '@ant-design/icons';
import { Link, Outlet } from 'react-router-dom';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useT } from '../../i18n/i18n';
import { NotificationBell } from './NotificationBell';
import { SideMenu } from './SideMenu';
import { UnitBreadcrumb } from './UnitBreadcrumb';
import { UserMenu } from './UserMenu';

/** The signed-in frame: header, side menu (a drawer on phones), unit breadcrumb, page. */
export function AppLayout() {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const desktop = Boolean(screens.lg);
  const [drawerOpen, setDrawerOpen] = useState(false);

  // antd's App (its message, notification and modal hooks) lives here, not around the router: the
  // sign-in page uses none of them and so does not download them.
  return (
    <AntApp>
      <Layout className="app-layout">
        <Layout.Header className="app-header">
          <Flex align="center" gap={4} style={{ minWidth: 0 }}>
            {!desktop && (
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('nav.openMenu')}
                data-testid="menu-toggle"
                onClick={() => setDrawerOpen(true)}
              />
            )}
            <Link to="/units" className="app-brand">
              <SoundOutlined aria-hidden />
              <span>{t('app.name')}</span>
              {screens.sm && <span className="app-tagline">{t('app.tagline')}</span>}
            </Link>
          </Flex>
          <Flex align="center" gap={2}>
            <NotificationBell />
            <LanguageSwitch />
            <UserMenu />
          </Flex>
        </Layout.Header>
        <Layout>
          {desktop && (
            <Layout.Sider width={220} theme="light" className="app-sider">
              <SideMenu />
            </Layout.Sider>
          )}
          {!desktop && (
            <Drawer
              open={drawerOpen}
              onClose={() => setDrawerOpen(false)}
              placement="left"
              size={260}
              title={t('app.name')}
              styles={{ body: { padding: 0 } }}
            >
              <SideMenu onNavigate={() => setDrawerOpen(false)} />
            </Drawer>
          )}
          <Layout.Content className="app-content">
            <UnitBreadcrumb />
            <Outlet />
          </Layout.Content>
        </Layout>
      </Layout>
    </AntApp>
  );
}
