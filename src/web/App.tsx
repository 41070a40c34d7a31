import { lazy, Suspense } from 'react';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { isApiError, setUnauthorizedHandler } from './api/client';
import { NotFoundPage } from './components/NotFoundPage';
import { LoginPage } from './features/auth/LoginPage';
import { RequireAuth, RequirePermission } from './features/auth/RequireAuth';
import { meKey } from './features/auth/session';
import { AppLayout } from './features/layout/AppLayout';
import { UnitsPage } from './features/units/UnitsPage';
import { I18nProvider, useLocale } from './i18n/i18n';

// Less used pages load on demand, keeping the first download small on a cheap phone.
const UsersPage = lazy(() =>
  import('./features/users/UsersPage').then((m) => ({ default: m.UsersPage })),
);
const AuditPage = lazy(() =>
  import('./features/audit/AuditPage').then((m) => ({ default: m.AuditPage })),
);

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A refusal (4xx) will not change on retry; a network blip might.
      retry: (count, error) =>
        count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
    },
  },
});

// An expired session anywhere: forget the user, and RequireAuth sends them to the login page.
setUnauthorizedHandler(() => queryClient.setQueryData(meKey, null));

const page = (node: React.ReactNode) => (
  <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>{node}</Suspense>
);

const router = createBrowserRouter(
  [
    { path: '/login', element: <LoginPage /> },
    {
      path: '/',
      element: (
        <RequireAuth>
          <AppLayout />
        </RequireAuth>
      ),
      children: [
        { index: true, element: <Navigate to="/units" replace /> },
        { path: 'units', element: <UnitsPage /> },
        { path: 'units/:id', element: <UnitsPage /> },
        {
          path: 'users',
          element: (
            <RequirePermission permission="user.read">{page(<UsersPage />)}</RequirePermission>
          ),
        },
        {
          path: 'audit',
          element: (
            <RequirePermission permission="audit.read">{page(<AuditPage />)}</RequirePermission>
          ),
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
  { basename: '/app' },
);

function Themed() {
  const { locale } = useLocale();
  return (
    <ConfigProvider
      locale={locale === 'vi' ? viVN : enUS}
      theme={{
        token: {
          colorPrimary: '#1558b0',
          colorLink: '#1558b0',
          // antd's default greys are too light for WCAG AA on white; darken them a step.
          colorTextSecondary: 'rgba(0, 0, 0, 0.62)',
          colorTextTertiary: 'rgba(0, 0, 0, 0.58)',
          colorTextDescription: 'rgba(0, 0, 0, 0.6)',
          colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
          borderRadius: 6,
          fontFamily:
            'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
        },
      }}
    >
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Themed />
      </I18nProvider>
    </QueryClientProvider>
  );
}
