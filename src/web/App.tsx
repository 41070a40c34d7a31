import { lazy, Suspense, type ComponentType } from 'react';
import { ConfigProvider, Spin } from 'antd';
import { noop, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, matchPath, RouterProvider } from 'react-router-dom';
import { isApiError, setUnauthorizedHandler } from './api/client';
import { useStepButtonNames } from './components/step-button-names';
import { useReducedMotion } from './components/use-reduced-motion';
import { LoginPage } from './features/auth/LoginPage';
import { meKey, meQuery } from './features/auth/session';
import { Landing } from './features/dashboard/Landing';
import { I18nProvider, useLocale } from './i18n/i18n';

// Everything behind the sign-in loads on demand: the login page downloads only what it draws,
// and each page only when it is opened, keeping every download small on a cheap phone.
const startLoads: Array<{ paths: string[]; load: () => Promise<unknown> }> = [];

/**
 * A component downloaded when first drawn, or at start-up when the address opens one of `paths`
 * (route patterns under /app): the workspace, the page and the session check then arrive
 * together instead of one after another.
 */
function onDemand<M, P extends object>(
  paths: string[],
  load: () => Promise<M>,
  pick: (m: M) => ComponentType<P>,
) {
  startLoads.push({ paths, load });
  return lazy(() => load().then((m) => ({ default: pick(m) })));
}

const RequireAuth = onDemand(
  ['*'],
  () => import('./features/auth/RequireAuth'),
  (m) => m.RequireAuth,
);
const RequirePermission = onDemand(
  ['*'],
  () => import('./features/auth/RequireAuth'),
  (m) => m.RequirePermission,
);
const AppLayout = onDemand(
  ['*'],
  () => import('./features/layout/AppLayout'),
  (m) => m.AppLayout,
);
const UnitsPage = onDemand(
  ['units/*'],
  () => import('./features/units/UnitsPage'),
  (m) => m.UnitsPage,
);
const NotFoundPage = onDemand(
  [],
  () => import('./components/NotFoundPage'),
  (m) => m.NotFoundPage,
);
const UsersPage = onDemand(
  ['users'],
  () => import('./features/users/UsersPage'),
  (m) => m.UsersPage,
);
const AuditPage = onDemand(
  ['audit'],
  () => import('./features/audit/AuditPage'),
  (m) => m.AuditPage,
);
const InboxPage = onDemand(
  ['inbox'],
  () => import('./features/inbox/InboxPage'),
  (m) => m.InboxPage,
);
const PlansPage = onDemand(
  ['plans'],
  () => import('./features/plans/PlansPage'),
  (m) => m.PlansPage,
);
const PlanPage = onDemand(
  ['plans/:id'],
  () => import('./features/plans/PlanPage'),
  (m) => m.PlanPage,
);
const TasksPage = onDemand(
  ['tasks'],
  () => import('./features/tasks/TasksPage'),
  (m) => m.TasksPage,
);
const DashboardPage = onDemand(
  ['dashboard'],
  () => import('./features/dashboard/DashboardPage'),
  (m) => m.DashboardPage,
);
// The dashboard's figures and charts are asked for at start-up too, beside its code.
startLoads.push({
  paths: ['dashboard'],
  load: () =>
    import('./features/dashboard/dashboard-prefetch').then((m) => m.prefetchDashboard(queryClient)),
});
const TodayPage = onDemand(
  ['', 'today'],
  () => import('./features/today/TodayPage'),
  (m) => m.TodayPage,
);
const ActivitiesPage = onDemand(
  ['activities'],
  () => import('./features/activities/ActivitiesPage'),
  (m) => m.ActivitiesPage,
);
const ObligationsPage = onDemand(
  ['obligations'],
  () => import('./features/obligations/ObligationsPage'),
  (m) => m.ObligationsPage,
);
const ReportsPage = onDemand(
  ['reports'],
  () => import('./features/reports/ReportsPage'),
  (m) => m.ReportsPage,
);
const ReportView = onDemand(
  ['reports/:id'],
  () => import('./features/reports/ReportView'),
  (m) => m.ReportView,
);
const SummaryPage = onDemand(
  ['reports/summary'],
  () => import('./features/reports/SummaryPage'),
  (m) => m.SummaryPage,
);
const ElectionsPage = onDemand(
  ['elections'],
  () => import('./features/elections/ElectionsPage'),
  (m) => m.ElectionsPage,
);
const ElectionPage = onDemand(
  ['elections/:id'],
  () => import('./features/elections/ElectionPage'),
  (m) => m.ElectionPage,
);
const VoterInfoPage = onDemand(
  ['elections/voter-info'],
  () => import('./features/elections/VoterInfoPage'),
  (m) => m.VoterInfoPage,
);
const ImportsPage = onDemand(
  ['imports'],
  () => import('./features/imports/ImportsPage'),
  (m) => m.ImportsPage,
);
const ContentPage = onDemand(
  ['content/*'],
  () => import('./features/content/ContentPage'),
  (m) => m.ContentPage,
);
const BroadcastsPage = onDemand(
  ['broadcasts'],
  () => import('./features/broadcasts/BroadcastsPage'),
  (m) => m.BroadcastsPage,
);
const ClaimsPage = onDemand(
  ['claims'],
  () => import('./features/claims/ClaimsPage'),
  (m) => m.ClaimsPage,
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

// A workspace address: ask who is signed in and fetch the workspace and its page at once, not
// one after another. The sign-in page needs none of them.
{
  const path = window.location.pathname.replace(/^\/app/, '') || '/';
  if (!matchPath('/login', path)) {
    queryClient.query(meQuery).catch(noop);
    for (const { paths, load } of startLoads)
      if (paths.some((p) => matchPath(`/${p}`, path))) void load();
  }
}

// An expired session anywhere: forget the user, and RequireAuth sends them to the login page.
setUnauthorizedHandler(() => queryClient.setQueryData(meKey, null));

const page = (node: React.ReactNode) => (
  <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>{node}</Suspense>
);
/** A page only roles holding `permission` see (the check is downloaded with the workspace). */
const guarded = (permission: string, node: React.ReactNode) =>
  page(<RequirePermission permission={permission}>{node}</RequirePermission>);

const router = createBrowserRouter(
  [
    { path: '/login', element: <LoginPage /> },
    {
      path: '/',
      element: (
        <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: 96 }} />}>
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        </Suspense>
      ),
      children: [
        { index: true, element: <Landing /> },
        { path: 'today', element: page(<TodayPage />) },
        { path: 'units', element: page(<UnitsPage />) },
        { path: 'units/:id', element: page(<UnitsPage />) },
        {
          path: 'users',
          element: guarded('user.read', <UsersPage />),
        },
        {
          path: 'audit',
          element: guarded('audit.read', <AuditPage />),
        },
        ...[
          { path: 'inbox', node: <InboxPage /> },
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
          element: guarded('work.read', node),
        })),
        {
          path: 'imports',
          element: guarded('work.write', <ImportsPage />),
        },
        { path: '*', element: page(<NotFoundPage />) },
      ],
    },
  ],
  { basename: '/app' },
);

function Themed() {
  const { antdLocale } = useLocale();
  useStepButtonNames();
  const reducedMotion = useReducedMotion();
  return (
    <ConfigProvider
      locale={antdLocale}
      theme={{
        // A build carries antd's styles as CSS files (scripts/vite-antd-styles.ts); the development
        // server computes them at run time as antd does by default.
        zeroRuntime: import.meta.env.PROD,
        hashed: !import.meta.env.PROD,
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
          motion: !reducedMotion,
          fontFamily:
            'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
        },
      }}
    >
      <RouterProvider router={router} />
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
