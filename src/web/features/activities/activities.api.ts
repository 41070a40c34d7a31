import {
  keepPreviousData,
  skipToken,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ActivityResponse,
  CategoryListResponseSchema,
  ImportActivitiesResponseSchema,
  RecordActivityRequestSchema,
  TasksMetResponseSchema,
} from '../../../contracts/activities.contract';
import { api } from '../../api/client';
import { sendForm } from '../../api/with-progress';

export type ActivityCategory = z.infer<typeof CategoryListResponseSchema>['items'][number];
export type RecordActivityRequest = z.infer<typeof RecordActivityRequestSchema>;
/** An import as the dialog sends it: the file the user picked, as picked. */
export interface ImportActivitiesRequest {
  file: File;
  mode: 'keep_valid' | 'all_or_nothing';
  dryRun?: boolean;
}
export type ImportActivitiesResponse = z.infer<typeof ImportActivitiesResponseSchema>;
export type TasksMet = z.infer<typeof TasksMetResponseSchema>;

export interface ActivityFilter {
  unitId?: string;
  from?: string;
  to?: string;
  channel?: ActivityResponse['channel'];
  categoryCode?: string;
  page?: number;
  pageSize?: number;
}

export const activityKeys = {
  all: ['activities'] as const,
  list: (f: ActivityFilter) => ['activities', 'list', f] as const,
  range: (unitId: string, from: string, to: string) =>
    ['activities', 'range', unitId, from, to] as const,
  categories: ['activity-categories'] as const,
};

/** One page of activities of a unit's subtree, newest first. */
export const useActivities = (f: ActivityFilter) =>
  useQuery({
    queryKey: activityKeys.list(f),
    queryFn: () => api.get('/activities', { query: { ...f } }),
    placeholderData: keepPreviousData,
  });

/** Every activity of a subtree in a date range (for charts), read 500 at a time, at most 4,000. */
export const activitiesInRangeQuery = (unitId: string, from: string, to: string) => ({
  queryKey: activityKeys.range(unitId, from, to),
  queryFn: async () => {
    const items: ActivityResponse[] = [];
    for (let page = 1; page <= 8; page++) {
      const res = await api.get('/activities', {
        query: { unitId, from, to, page, pageSize: 500 },
      });
      items.push(...res.items);
      if (items.length >= res.total || res.items.length === 0) break;
    }
    return items;
  },
});
export const useActivitiesInRange = (unitId: string, from: string, to: string) =>
  useQuery(activitiesInRangeQuery(unitId, from, to));

/** The category catalogue; only active categories can be picked for new entries. */
export const useCategories = () =>
  useQuery({
    queryKey: activityKeys.categories,
    queryFn: async () => (await api.get('/activity-categories')).items,
    staleTime: 10 * 60_000,
  });

/** Activities feed figures, compliance and reports: refresh all of them after a change. */
function useWorkMutation<TVars, TResult>(fn: (vars: TVars) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all(
        ['activities', 'progress', 'reports'].map((k) =>
          queryClient.invalidateQueries({ queryKey: [k] }),
        ),
      ),
  });
}

export const useRecordActivity = (key: string) =>
  useWorkMutation((body: RecordActivityRequest) => api.create('/activities', { body }, key));

/** Keeps a photo as evidence of an activity (sent as the picked file in a form, not base64). */
export const useAttachPhoto = () =>
  useWorkMutation((v: { id: string; file: File }) =>
    sendForm('put', '/activities/{id}/photo', { path: { id: v.id } }, { photo: v.file }),
  );

export const useDeleteActivity = () =>
  useWorkMutation((id: string) => api.delete('/activities/{id}', { path: { id } }));

/** Imports a spreadsheet, reporting upload progress (files can be large on a slow line). */
export const useImportActivities = (onProgress: (percent: number) => void) =>
  useWorkMutation((v: ImportActivitiesRequest) =>
    sendForm(
      'post',
      '/activities/import',
      {},
      { file: v.file, mode: v.mode, ...(v.dryRun ? { dryRun: 'true' as const } : {}) },
      onProgress,
    ),
  );

/** The open tasks an activity of this unit, channel and day would count towards. */
export const useTasksMet = ({
  unitId,
  channel,
  occurredOn,
}: {
  unitId: string;
  channel?: ActivityResponse['channel'];
  occurredOn?: string | null;
}) =>
  useQuery({
    queryKey: ['activities', 'tasks-met', unitId, channel, occurredOn],
    placeholderData: keepPreviousData,
    // Asked only once the channel and the day are known: the API requires both.
    queryFn:
      channel && occurredOn
        ? () => api.get('/activities/tasks-met', { query: { unitId, channel, occurredOn } })
        : skipToken,
  });
