import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ObligationsResponse } from '../../../contracts/activities.contract';
import type { ReportGridQuerySchema } from '../../../contracts/reports.contract';
import { api } from '../../api/client';

export type Obligation = ObligationsResponse['items'][number];
export type ObligationStatus = Obligation['status'];

export interface Range {
  from: string;
  to: string;
}

// Query options as plain objects: the hooks below read them, and the dashboard's start-up
// prefetch (dashboard-prefetch.ts) asks for the very same keys before the page has loaded.

/** Share of due task windows met over a unit's subtree, and per child (worst first). */
export const complianceQuery = (unitId: string, r: Range) => ({
  queryKey: ['progress', 'compliance', unitId, r] as const,
  queryFn: () => api.get('/units/{id}/compliance', { path: { id: unitId }, query: { ...r } }),
});
export const useCompliance = (unitId: string, r: Range) =>
  useQuery({ ...complianceQuery(unitId, r), placeholderData: keepPreviousData });

/** Activity totals by channel and category, for the unit and each child. */
export const figuresQuery = (unitId: string, r: Range) => ({
  queryKey: ['progress', 'figures', unitId, r] as const,
  queryFn: () => api.get('/units/{id}/figures', { path: { id: unitId }, query: { ...r } }),
});
export const useFigures = (unitId: string, r: Range) =>
  useQuery({ ...figuresQuery(unitId, r), placeholderData: keepPreviousData });

/** Every task window (week, month or one-off) of the subtree in the range, with its status. */
export const obligationsQuery = (unitId: string, r: Range, onlyAssignedTo = false) => ({
  queryKey: ['progress', 'obligations', unitId, r, onlyAssignedTo] as const,
  queryFn: async () =>
    (
      await api.get('/units/{id}/obligations', {
        path: { id: unitId },
        query: { ...r, ...(onlyAssignedTo ? { onlyAssignedTo: 'true' } : {}) },
      })
    ).items,
});
export const useObligations = (unitId: string, r: Range, onlyAssignedTo = false) =>
  useQuery({ ...obligationsQuery(unitId, r, onlyAssignedTo), placeholderData: keepPreviousData });

/** The grid's optional filters: reporters of one kind (level), or with a week in one state. */
export type ReportGridFilters = Pick<z.infer<typeof ReportGridQuerySchema>, 'kind' | 'status'>;

/** Children × weeks of weekly reports: on time, late, missing or not yet due. */
export const reportGridQuery = (
  unitId: string,
  weeks: number,
  endDay?: string,
  filters: ReportGridFilters = {},
) => ({
  queryKey: ['reports', 'grid', unitId, weeks, endDay, filters.kind, filters.status] as const,
  queryFn: () =>
    api.get('/reports/grid', {
      query: { unitId, weeks, endDay, kind: filters.kind, status: filters.status },
    }),
});
export const useReportGrid = (
  unitId: string,
  weeks: number,
  endDay?: string,
  filters: ReportGridFilters = {},
) =>
  useQuery({
    ...reportGridQuery(unitId, weeks, endDay, filters),
    placeholderData: keepPreviousData,
  });
