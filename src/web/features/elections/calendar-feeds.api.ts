import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { FeedListResponseSchema } from '../../../contracts/elections.contract';
import { api } from '../../api/client';

export type CalendarFeed = z.infer<typeof FeedListResponseSchema>['items'][number];

const KEY = ['calendar-feeds'];

/** The signed-in user's calendar feeds. */
export const useCalendarFeeds = () =>
  useQuery({
    queryKey: KEY,
    queryFn: () => api.get('/calendar-feeds'),
  });

/** A new feed for an election or a unit; the list is refreshed. */
export const useFeed = (key: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { electionId?: string; unitId?: string }) =>
      api.create('/calendar-feeds', { body }, key),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
};

/** Revokes one of the user's feeds: its address stops working at once. */
export const useRevokeFeed = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete('/calendar-feeds/{id}', { path: { id } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
};
