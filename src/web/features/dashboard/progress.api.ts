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

/** Share of due task windows met over a unit's subtree, and per child (worst first). */
export const useCompliance = (unitId: string, r: Range) =>
  useQuery({
    queryKey: ['progress', 'compliance', unitId, r],
    queryFn: () => api.get<ComplianceResponse>(unitPath(unitId, 'compliance'), { ...r }),
    placeholderData: keepPreviousData,
  });

/** Activity totals by channel and category, for the unit and each child. */
export const useFigures = (unitId: string, r: Range) =>
  useQuery({
    queryKey: ['progress', 'figures', unitId, r],
    queryFn: () => api.get<FiguresResponse>(unitPath(unitId, 'figures'), { ...r }),
    placeholderData: keepPreviousData,
  });

/** Every task window (week, month or one-off) of the subtree in the range, with its status. */
export const useObligations = (unitId: string, r: Range, onlyAssignedTo = false) =>
  useQuery({
    queryKey: ['progress', 'obligations', unitId, r, onlyAssignedTo],
    queryFn: async () =>
      (
        await api.get<ObligationsResponse>(unitPath(unitId, 'obligations'), {
          ...r,
          ...(onlyAssignedTo ? { onlyAssignedTo: 'true' } : {}),
        })
      ).items,
    placeholderData: keepPreviousData,
  });

/** Children × weeks of weekly reports: on time, late, missing or not yet due. */
export const useReportGrid = (
  unitId: string,
  weeks: number,
  endDay?: string,
  filters: { kind?: string; status?: string } = {},
) =>
  useQuery({
    queryKey: ['reports', 'grid', unitId, weeks, endDay, filters.kind, filters.status],
    queryFn: () =>
      api.get<ReportGridResponse>('/reports/grid', {
        unitId,
        weeks,
        endDay,
        kind: filters.kind,
        status: filters.status,
      }),
    placeholderData: keepPreviousData,
  });
