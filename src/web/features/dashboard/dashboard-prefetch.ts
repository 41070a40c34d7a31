import { noop, type QueryClient } from '@tanstack/react-query';
import { meQuery } from '../auth/session';
import { phasesQuery } from '../reports/phases.api';
import { dashboardQueries } from './dashboard-queries';
import { viewFrom } from './use-view';

/**
 * Opened at /app/dashboard: ask for the page's figures and its chart library as soon as the
 * user is known, while the page's code is still downloading, instead of after it has drawn.
 * On a slow laptop this turns three waits in a row (code, then figures, then charts) into one.
 */
export async function prefetchDashboard(queryClient: QueryClient): Promise<void> {
  void import('./echarts-setup');
  const me = await queryClient.query(meQuery);
  if (!me) return;
  const { unitId, range } = viewFrom(new URLSearchParams(window.location.search), me.unit.id);
  const q = dashboardQueries(unitId, range);
  // Each one only warms the cache: a failure is the page's to show when it asks again.
  await Promise.all([
    queryClient.query(q.compliance).catch(noop),
    queryClient.query(q.figures).catch(noop),
    queryClient.query(q.obligations).catch(noop),
    queryClient.query(q.activities).catch(noop),
    queryClient.query(q.grid).catch(noop),
    queryClient.query(q.ahead).catch(noop),
    queryClient.query(phasesQuery).catch(noop),
  ]);
}
