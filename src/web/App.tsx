import { lazy, Suspense } from 'react';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { isApiError, setUnauthorizedHandler } from './api/client';
import { NotFoundPage } from './components/NotFoundPage';
import { useStepButtonNames } from './components/step-button-names';
import { LoginPage } from './features/auth/LoginPage';
import { RequireAuth, RequirePermission } from './features/auth/RequireAuth';
import { meKey } from './features/auth/session';
import { Landing } from './features/dashboard/Landing';
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
const PlansPage = lazy(() =>
  import('./features/plans/PlansPage').then((m) => ({ default: m.PlansPage })),
);
const PlanPage = lazy(() =>
  import('./features/plans/PlanPage').then((m) => ({ default: m.PlanPage })),
);
const TasksPage = lazy(() =>
  import('./features/tasks/TasksPage').then((m) => ({ default: m.TasksPage })),
);
const DashboardPage = lazy(() =>
  import('./features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
const TodayPage = lazy(() =>
  import('./features/today/TodayPage').then((m) => ({ default: m.TodayPage })),
);
const ActivitiesPage = lazy(() =>
  import('./features/activities/ActivitiesPage').then((m) => ({ default: m.ActivitiesPage })),
);
const ObligationsPage = lazy(() =>
  import('./features/obligations/ObligationsPage').then((m) => ({ default: m.ObligationsPage })),
);
const ReportsPage = lazy(() =>
  import('./features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })),
);
const ReportView = lazy(() =>
  import('./features/reports/ReportView').then((m) => ({ default: m.ReportView })),
);
const SummaryPage = lazy(() =>
  import('./features/reports/SummaryPage').then((m) => ({ default: m.SummaryPage })),
);
const ElectionsPage = lazy(() =>
  import('./features/elections/ElectionsPage').then((m) => ({ default: m.ElectionsPage })),
);
const ElectionPage = lazy(() =>
  import('./features/elections/ElectionPage').then((m) => ({ default: m.ElectionPage })),
);
const VoterInfoPage = lazy(() =>
  import('./features/elections/VoterInfoPage').then((m) => ({ default: m.VoterInfoPage })),
);
const ImportsPage = lazy(() =>
  import('./features/imports/ImportsPage').then((m) => ({ default: m.ImportsPage })),
);
const ContentPage = lazy(() =>
  import('./features/content/ContentPage').then((m) => ({ default: m.ContentPage })),
);
const BroadcastsPage = lazy(() =>
  import('./features/broadcasts/BroadcastsPage').then((m) => ({ default: m.BroadcastsPage })),
);
const ClaimsPage = lazy(() =>
  import('./features/claims/ClaimsPage').then((m) => ({ default: m.ClaimsPage })),
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
        { index: true, element: <Landing /> },
        { path: 'today', element: page(<TodayPage />) },
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
        ...[
          { path: 'plans', node: <PlansPage /> },
          { path: 'plans/:id', node: <PlanPage /> },
          { path: 'tasks', node: <TasksPage /> },
          { path: 'dashboard', node: <DashboardPage /> },
          { path: 'activities', node: <ActivitiesPage /> },
          { path: 'obligations', node: <ObligationsPage /> },
          { path: 'reports', node: <ReportsPage /> },
          { path: 'reports/summary', node: <SummaryPage /> },
          { path: 'reports/:id', node: <ReportView /> },
          { path: 'elections', node: <ElectionsPage /> },
          { path: 'elections/voter-info', node: <VoterInfoPage /> },
          { path: 'elections/:id', node: <ElectionPage /> },
          { path: 'content', node: <ContentPage /> },
          { path: 'content/:id', node: <ContentPage /> },
          { path: 'broadcasts', node: <BroadcastsPage /> },
          { path: 'claims', node: <ClaimsPage /> },
        ].map(({ path, node }) => ({
          path,
          element: <RequirePermission permission="work.read">{page(node)}</RequirePermission>,
        })),
        {
          path: 'imports',
          element: (
            <RequirePermission permission="work.write">{page(<ImportsPage />)}</RequirePermission>
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
  useStepButtonNames();
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
          // Red text (a "Xóa" button, an error) reaches WCAG AA a shade darker than antd's.
          colorError: '#c41d1d',
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
