import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ReportResponse,
  SubmitReportRequestSchema,
} from '../../../contracts/reports.contract';
import type { IssueSummaryRequestSchema } from '../../../contracts/groups.contract';
import { api } from '../../api/client';

export type SubmitReportRequest = z.infer<typeof SubmitReportRequestSchema>;
export type Narrative = SubmitReportRequest['narrative'];
export type ReportStatus = ReportResponse['status'];

/** Which summary: a named phase, the whole period (tổng kết) or any dates. */
export type SummaryQuery =
  | { unitId: string; phase: string; planId?: string }
  | { unitId: string; final: 'true' }
  | { unitId: string; from: string; to: string };

export const reportKeys = {
  all: ['reports'] as const,
  weekly: (unitId: string, week: string) => ['reports', 'weekly', unitId, week] as const,
  detail: (id: string) => ['reports', 'detail', id] as const,
  summary: (q: SummaryQuery) => ['reports', 'summary', q] as const,
};

/** A unit's weekly report: the stored one, or a draft pre-filled from the week's activities. */
export const useWeeklyReport = (unitId: string, week: string) =>
  useQuery({
    queryKey: reportKeys.weekly(unitId, week),
    queryFn: () => api.get('/reports/weekly', { query: { unitId, week } }),
    placeholderData: keepPreviousData,
  });

export const useReport = (id: string | undefined) =>
  useQuery({
    queryKey: reportKeys.detail(id ?? ''),
    queryFn: () => api.get('/reports/{id}', { path: { id: id ?? '' } }),
    enabled: Boolean(id),
    retry: false,
  });

function useReportMutation<TVars, TResult>(fn: (vars: TVars) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

/** Saves a draft or submits; the server treats a repeated submit as the same one. */
export const useSaveReport = () =>
  useReportMutation((body: SubmitReportRequest) => api.post('/reports', { body }));

export const useReviewReport = (id: string) =>
  useReportMutation(({ accept, note }: { accept: boolean; note: string | null }) =>
    api.post(accept ? '/reports/{id}/accept' : '/reports/{id}/return', {
      path: { id },
      body: { note },
    }),
  );

/** The reporting unit takes back a sent report that no one above has opened yet. */
export const useRecallReport = () =>
  useReportMutation((id: string) => api.post('/reports/{id}/recall', { path: { id } }));

/** Tells the server a unit above opened the report (it decides whether this reader counts). */
export const useMarkRead = () =>
  useReportMutation((id: string) => api.post('/reports/{id}/read', { path: { id } }));

/** Where the browser downloads a weekly report's BÁO CÁO (DOCX). */
export const reportDocxUrl = (id: string): string =>
  `/api/v1/reports/${encodeURIComponent(id)}/docx`;

export const useRemind = () =>
  useReportMutation((body: { unitIds: string[]; week: string }) =>
    api.post('/reports/remind', { body }),
  );

export type IssueSummaryRequest = z.infer<typeof IssueSummaryRequestSchema>;

/** Issues the unit's own sơ kết of a phase as a document numbered from its register. */
export const useIssueSummary = (key: string) =>
  useReportMutation((body: IssueSummaryRequest) =>
    api.create('/reports/summary/issue', { body }, key),
  );

export const useSummary = (q: SummaryQuery | null) =>
  useQuery({
    queryKey: reportKeys.summary(q ?? { unitId: '', final: 'true' }),
    queryFn: () => api.get('/reports/summary', { query: q ?? { unitId: '' } }),
    enabled: q !== null,
    retry: false,
  });

/** Where the browser downloads a summary document from (the session cookie goes along). */
export function summaryFileUrl(q: SummaryQuery, ext: 'docx' | 'xlsx'): string {
  const params = new URLSearchParams(Object.entries(q));
  return `/api/v1/reports/summary.${ext}?${params.toString()}`;
}
