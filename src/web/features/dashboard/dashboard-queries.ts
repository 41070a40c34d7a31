import { activitiesInRangeQuery } from '../activities/activities.api';
import { dashboardSpans } from '../../../contracts/dashboard-spans';
import {
  complianceQuery,
  figuresQuery,
  obligationsQuery,
  reportGridQuery,
  type Range,
} from './progress.api';

/**
 * What the dashboard reads for a unit and period: the page's hooks and the start-up prefetch
 * both take their queries from here, so the prefetch fills exactly the keys the page asks for.
 */
export function dashboardQueries(unitId: string, range: Range) {
  const spans = dashboardSpans(range);
  return {
    compliance: complianceQuery(unitId, range),
    figures: figuresQuery(unitId, range),
    obligations: obligationsQuery(unitId, range),
    activities: activitiesInRangeQuery(unitId, range.from, range.to),
    grid: reportGridQuery(unitId, spans.gridWeeks, range.to),
    ahead: obligationsQuery(unitId, spans.ahead),
  };
}
