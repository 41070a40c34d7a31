import { activitiesInRangeQuery } from '../activities/activities.api';
import { addDays, today, weeksBetween } from '../../../contracts/weeks';
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
  const weeks = Math.min(26, weeksBetween(range.from, range.to).length);
  // Deadlines ahead: the four weeks from today, or from the end of a range in the past.
  const start = range.to < today() ? range.to : today();
  return {
    compliance: complianceQuery(unitId, range),
    figures: figuresQuery(unitId, range),
    obligations: obligationsQuery(unitId, range),
    activities: activitiesInRangeQuery(unitId, range.from, range.to),
    grid: reportGridQuery(unitId, weeks, range.to),
    ahead: obligationsQuery(unitId, { from: start, to: addDays(start, 28) }),
  };
}
