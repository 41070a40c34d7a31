import type { ReactNode } from 'react';
import { Button, Flex, Result, Spin } from 'antd';
import { Navigate, useLocation } from 'react-router-dom';
import { useT } from '../../i18n/i18n';
import { MeContext, useMeQuery } from './session';

/** Renders its children for a signed-in user; otherwise sends them to the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const t = useT();
  const location = useLocation();
  const me = useMeQuery();
  if (me.data) return <MeContext.Provider value={me.data}>{children}</MeContext.Provider>;
  if (me.isPending) {
    return (
      <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" />
      </Flex>
    );
  }
  if (me.isError) {
    return (
      <Result
        status="warning"
        title={t('error.loadFailed')}
        subTitle={t('error.network')}
        extra={<Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  const from = `${location.pathname}${location.search}`;
  return <Navigate to="/login" replace state={{ from }} />;
}

/** Shows a page only to roles that hold `permission`; others get a 404 like the API gives. */
export function RequirePermission({
  permission,
  children,
}: {
  permission: string;
  children: ReactNode;
}) {
  const t = useT();
  const me = useMeQuery();
  if (!me.data?.permissions.includes(permission)) {
    return <Result status="404" title={t('notFound.title')} />;
  }
  return <>{children}</>;
}
