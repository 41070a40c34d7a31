import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateSlotRequestSchema,
  CreateStationRequestSchema,
  ImportPlaysRequestSchema,
  ImportPlaysResponseSchema,
  LogPlayRequestSchema,
  PlayListResponseSchema,
  ScheduleResponseSchema,
  StationCreatedResponseSchema,
  StationResponse,
  UpdateStationRequestSchema,
} from '../../../contracts/broadcasts.contract';
import { api } from '../../api/client';

export type { StationResponse };
export type Schedule = z.infer<typeof ScheduleResponseSchema>;
export type ScheduledPlay = Schedule['plays'][number];
export type CreateSlotRequest = z.infer<typeof CreateSlotRequestSchema>;
type PlayList = z.infer<typeof PlayListResponseSchema>;
export type ImportPlaysResponse = z.infer<typeof ImportPlaysResponseSchema>;

export const useStations = () =>
  useQuery({
    queryKey: ['broadcasts', 'stations'],
    queryFn: async () => (await api.get<{ items: StationResponse[] }>('/stations')).items,
  });

export const useSchedule = (from: string, to: string) =>
  useQuery({
    queryKey: ['broadcasts', 'schedule', from, to],
    queryFn: () => api.get<Schedule>('/broadcasts/schedule', { from, to }),
  });

export const usePlays = (from: string, to: string) =>
  useQuery({
    queryKey: ['broadcasts', 'plays', from, to],
    queryFn: async () => (await api.get<PlayList>('/broadcasts/plays', { from, to })).items,
  });

function useBroadcastMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all(
        ['broadcasts', 'activities', 'progress'].map((k) =>
          qc.invalidateQueries({ queryKey: [k] }),
        ),
      ),
  });
}

export const useCreateStation = (key: string) =>
  useBroadcastMutation((body: z.infer<typeof CreateStationRequestSchema>) =>
    api.create<z.infer<typeof StationCreatedResponseSchema>>('/stations', body, key),
  );
export const useRotateToken = () =>
  useBroadcastMutation((id: string) => api.post<{ token: string }>(`/stations/${id}/token`));
export const useCreateSlot = (key: string) =>
  useBroadcastMutation((body: CreateSlotRequest) =>
    api.create<{ id: string }>('/broadcasts/slots', body, key),
  );
export const useCancelSlot = () =>
  useBroadcastMutation((id: string) => api.delete<{ ok: true }>(`/broadcasts/slots/${id}`));
export const useLogPlay = (key: string) =>
  useBroadcastMutation((body: z.infer<typeof LogPlayRequestSchema>) =>
    api.create<{ id: string; status: string }>('/broadcasts/plays', body, key),
  );
export const useUpdateStation = () =>
  useBroadcastMutation(
    ({ id, ...body }: z.infer<typeof UpdateStationRequestSchema> & { id: string }) =>
      api.patch<StationResponse>(`/stations/${id}`, body),
  );
export const useImportPlays = () =>
  useBroadcastMutation(
    ({ stationId, ...body }: z.infer<typeof ImportPlaysRequestSchema> & { stationId: string }) =>
      api.post<ImportPlaysResponse>(`/stations/${stationId}/plays/import`, body),
  );
