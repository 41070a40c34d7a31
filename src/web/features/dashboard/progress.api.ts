import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  ComplianceResponse,
  FiguresResponse,
  ObligationsResponse,
} from '../../../contracts/activities.contract';
import type { ReportGridResponse } from '../../../contracts/reports.contract';
import { api } from '../../api/client';

export type Obligation = ObligationsResponse['items'][number];
export type ObligationStatus = Obligation['status'];

export interface Range {
  from: string;
  to: string;
}

const unitPath = (id: string, what: string) => `/units/${encodeURIComponent(id)}/${what}`;

// Query options as plain objects: the hooks below read them, and the dashboard's start-up
// prefetch (dashboard-prefetch.ts) asks for the very same keys before the page has loaded.

/** Share of due task windows met over a unit's subtree, and per child (worst first). */
export const complianceQuery = (unitId: string, r: Range) => ({
  queryKey: ['progress', 'compliance', unitId, r] as const,
  queryFn: () => api.get<ComplianceResponse>(unitPath(unitId, 'compliance'), { ...r }),
});
export const useCompliance = (unitId: string, r: Range) =>
  useQuery({ ...complianceQuery(unitId, r), placeholderData: keepPreviousData });

/** Activity totals by channel and category, for the unit and each child. */
export const figuresQuery = (unitId: string, r: Range) => ({
  queryKey: ['progress', 'figures', unitId, r] as const,
  queryFn: () => api.get<FiguresResponse>(unitPath(unitId, 'figures'), { ...r }),
});
export const useFigures = (unitId: string, r: Range) =>
  useQuery({ ...figuresQuery(unitId, r), placeholderData: keepPreviousData });

/** Every task window (week, month or one-off) of the subtree in the range, with its status. */
export const obligationsQuery = (unitId: string, r: Range, onlyAssignedTo = false) => ({
  queryKey: ['progress', 'obligations', unitId, r, onlyAssignedTo] as const,
  queryFn: async () =>
    (
      await api.get<ObligationsResponse>(unitPath(unitId, 'obligations'), {
        ...r,
        ...(onlyAssignedTo ? { onlyAssignedTo: 'true' } : {}),
      })
    ).items,
});
export const useObligations = (unitId: string, r: Range, onlyAssignedTo = false) =>
  useQuery({ ...obligationsQuery(unitId, r, onlyAssignedTo), placeholderData: keepPreviousData });

/** Children × weeks of weekly reports: on time, late, missing or not yet due. */
export const reportGridQuery = (
  unitId: string,
  weeks: number,
  endDay?: string,
  filters: { kind?: string; status?: string } = {},
) => ({
  queryKey: ['reports', 'grid', unitId, weeks, endDay, filters.kind, filters.status] as const,
  queryFn: () =>
    api.get<ReportGridResponse>('/reports/grid', {
      unitId,
      weeks,
      endDay,
      kind: filters.kind,
      status: filters.status,
    }),
});
export const useReportGrid = (
  unitId: string,
  weeks: number,
  endDay?: string,
  filters: { kind?: string; status?: string } = {},
) =>
  useQuery({
    ...reportGridQuery(unitId, weeks, endDay, filters),
    placeholderData: keepPreviousData,
  });
