import type { FastifyInstance, FastifyRequest } from 'fastify';
import type {
  ComplianceResponse,
  FiguresResponse,
  ObligationsResponse,
} from '../../contracts/activities.contract';
import type { MeResponse } from '../../contracts/accounts.contract';
import { dashboardSpans } from '../../contracts/dashboard-spans';
import type { ReportGridResponse } from '../../contracts/reports.contract';
import { lastTwelveWeeks } from '../../contracts/weeks';
import { SESSION_COOKIE } from '../plugins/auth';
import { dashboardHtml } from './dashboard-html';
import { dashboardView } from './dashboard-view';

/** The cookie the SPA sets when its user reads it in another language than Vietnamese. */
export const LANGUAGE_COOKIE = 'loa_lang';

/**
 * The dashboard's first view for the signed-in user, or null when the SPA should answer instead:
 * an address with a unit or period (the SPA's own drill-down), no session, a user who reads
 * English, a role without the dashboard, or any answer of the API that is not 200 (the SPA then
 * shows it). The figures come from the API itself, asked in-process with the user's own cookie,
 * so the first view shows exactly what the API lets this user see, and nothing else.
 */
export async function dashboardFirstView(
  app: FastifyInstance,
  request: FastifyRequest,
): Promise<string | null> {
  if (request.url.includes('?')) return null;
  const cookies = request.cookies;
  if (!cookies[SESSION_COOKIE] || (cookies[LANGUAGE_COOKIE] ?? 'vi') !== 'vi') return null;
  const cookie = `${SESSION_COOKIE}=${cookies[SESSION_COOKIE]}`;
  const get = async <T>(url: string): Promise<T | null> => {
    const res = await app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie } });
    return res.statusCode === 200 ? res.json<T>() : null;
  };
  const me = await get<MeResponse>('/me');
  if (!me?.permissions.includes('work.read')) return null;
  const range = lastTwelveWeeks();
  const spans = dashboardSpans(range);
  const unit = me.unit.id;
  const span = (r: { from: string; to: string }) => `from=${r.from}&to=${r.to}`;
  const [compliance, figures, obligations, grid, ahead] = await Promise.all([
    get<ComplianceResponse>(`/units/${unit}/compliance?${span(range)}`),
    get<FiguresResponse>(`/units/${unit}/figures?${span(range)}`),
    get<ObligationsResponse>(`/units/${unit}/obligations?${span(range)}`),
    get<ReportGridResponse>(
      `/reports/grid?unitId=${unit}&weeks=${spans.gridWeeks}&endDay=${range.to}`,
    ),
    get<ObligationsResponse>(`/units/${unit}/obligations?${span(spans.ahead)}`),
  ]);
  if (!compliance || !figures || !obligations || !grid || !ahead) return null;
  return dashboardHtml(
    dashboardView({
      me,
      range,
      compliance,
      activities: figures.rows.reduce((n, r) => n + r.entries, 0),
      obligations: obligations.items,
      grid,
      ahead: ahead.items,
    }),
  );
}
