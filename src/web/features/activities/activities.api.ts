import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ActivityListResponseSchema,
  ActivityResponse,
  CategoryListResponseSchema,
  ImportActivitiesRequestSchema,
  ImportActivitiesResponseSchema,
  RecordActivityRequestSchema,
  TasksMetResponseSchema,
} from '../../../contracts/activities.contract';
import { api } from '../../api/client';
import { postWithProgress, putFileWithProgress } from '../../api/with-progress';

export type ActivityCategory = z.infer<typeof CategoryListResponseSchema>['items'][number];
export type RecordActivityRequest = z.infer<typeof RecordActivityRequestSchema>;
export type ImportActivitiesRequest = z.infer<typeof ImportActivitiesRequestSchema>;
export type ImportActivitiesResponse = z.infer<typeof ImportActivitiesResponseSchema>;
type ActivityList = z.infer<typeof ActivityListResponseSchema>;
export type TasksMet = z.infer<typeof TasksMetResponseSchema>;

export interface ActivityFilter {
  unitId?: string;
  from?: string;
  to?: string;
  channel?: string;
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
    queryFn: () => api.get<ActivityList>('/activities', { ...f }),
    placeholderData: keepPreviousData,
  });

/** Every activity of a subtree in a date range (for charts), read 500 at a time, at most 4,000. */
export const activitiesInRangeQuery = (unitId: string, from: string, to: string) => ({
  queryKey: activityKeys.range(unitId, from, to),
  queryFn: async () => {
    const items: ActivityResponse[] = [];
    for (let page = 1; page <= 8; page++) {
      const res = await api.get<ActivityList>('/activities', {
        unitId,
        from,
        to,
        page,
        pageSize: 500,
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
    queryFn: async () =>
      (await api.get<{ items: ActivityCategory[] }>('/activity-categories')).items,
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
  useWorkMutation((body: RecordActivityRequest) =>
    api.create<ActivityResponse>('/activities', body, key),
  );

/** Keeps a photo as evidence of an activity (sent as the raw image, not base64). */
export const useAttachPhoto = () =>
  useWorkMutation((v: { id: string; file: File }) =>
    putFileWithProgress<{ ok: true }>(`/activities/${v.id}/photo`, v.file, () => undefined),
  );

export const useDeleteActivity = () =>
  useWorkMutation((id: string) => api.delete<{ ok: true }>(`/activities/${id}`));

/** Imports a spreadsheet, reporting upload progress (files can be large on a slow line). */
export const useImportActivities = (onProgress: (percent: number) => void) =>
  useWorkMutation((body: ImportActivitiesRequest) =>
    postWithProgress<ImportActivitiesResponse>('/activities/import', body, onProgress),
  );

/** The open tasks an activity of this unit, channel and day would count towards. */
export const useTasksMet = (q: { unitId: string; channel?: string; occurredOn?: string | null }) =>
  useQuery({
    queryKey: ['activities', 'tasks-met', q.unitId, q.channel, q.occurredOn],
    enabled: Boolean(q.channel && q.occurredOn),
    placeholderData: keepPreviousData,
    queryFn: () =>
      api.get<TasksMet>('/activities/tasks-met', {
        unitId: q.unitId,
        channel: q.channel ?? '',
        occurredOn: q.occurredOn ?? '',
      }),
  });
