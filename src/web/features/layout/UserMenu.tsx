import { useState } from 'react';
import { Avatar, Button, Dropdown, Flex, Grid, Typography, type MenuProps } from 'antd';
import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { roleLabel } from '../../components/labels';
import { useT } from '../../i18n/i18n';
import { ChangePasswordDialog } from '../auth/ChangePasswordDialog';
import { useLogout, useMe } from '../auth/session';

/** Who is signed in (name, role, unit), with change password and sign out. */
export function UserMenu() {
  const t = useT();
  const me = useMe();
  const logout = useLogout();
  const screens = Grid.useBreakpoint();
  const [passwordOpen, setPasswordOpen] = useState(false);
  const role = roleLabel(t, me.role);

  const items: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      label: (
        <Flex vertical className="user-menu-who">
          <Typography.Text strong>{me.displayName}</Typography.Text>
          <Typography.Text type="secondary">
            {role} · {me.unit.name}
          </Typography.Text>
        </Flex>
      ),
    },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined />, label: t('account.changePassword') },
    { key: 'logout', icon: <LogoutOutlined />, label: t('account.logout'), danger: true },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') setPasswordOpen(true);
    if (key === 'logout') logout.mutate();
  };

  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        <Button
          type="text"
          className="user-button"
          aria-label={t('account.menu')}
          data-testid="user-menu"
        >
          <Avatar
            size="small"
            icon={<UserOutlined />}
            style={{ background: 'var(--ant-color-primary)' }}
          />
          {screens.md && (
            <Flex vertical align="start" className="user-button-text" data-testid="user-summary">
              <span className="user-name">{me.displayName}</span>
              <span className="user-role">
                {role} · {me.unit.name}
              </span>
            </Flex>
          )}
        </Button>
      </Dropdown>
      <ChangePasswordDialog open={passwordOpen} onClose={() => setPasswordOpen(false)} />
    </>
  );
}
