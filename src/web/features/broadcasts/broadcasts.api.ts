import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateSlotRequestSchema,
  CreateStationRequestSchema,
  ImportPlaysResponseSchema,
  LogPlayRequestSchema,
  ScheduleResponseSchema,
  StationResponse,
  UpdateStationRequestSchema,
} from '../../../contracts/broadcasts.contract';
import { api } from '../../api/client';
import { sendForm } from '../../api/with-progress';

export type { StationResponse };
export type Schedule = z.infer<typeof ScheduleResponseSchema>;
export type ScheduledPlay = Schedule['plays'][number];
export type CreateSlotRequest = z.infer<typeof CreateSlotRequestSchema>;
export type ImportPlaysResponse = z.infer<typeof ImportPlaysResponseSchema>;

export const useStations = () =>
  useQuery({
    queryKey: ['broadcasts', 'stations'],
    queryFn: async () => (await api.get('/stations')).items,
  });

export const useSchedule = (from: string, to: string) =>
  useQuery({
    queryKey: ['broadcasts', 'schedule', from, to],
    queryFn: () => api.get('/broadcasts/schedule', { query: { from, to } }),
  });

export const usePlays = (from: string, to: string) =>
  useQuery({
    queryKey: ['broadcasts', 'plays', from, to],
    queryFn: async () => (await api.get('/broadcasts/plays', { query: { from, to } })).items,
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
    api.create('/stations', { body }, key),
  );
export const useRotateToken = () =>
  useBroadcastMutation((id: string) => api.post('/stations/{id}/token', { path: { id } }));
export const useCreateSlot = (key: string) =>
  useBroadcastMutation((body: CreateSlotRequest) => api.create('/broadcasts/slots', { body }, key));
export const useCancelSlot = () =>
  useBroadcastMutation((id: string) => api.delete('/broadcasts/slots/{id}', { path: { id } }));
export const useLogPlay = (key: string) =>
  useBroadcastMutation((body: z.infer<typeof LogPlayRequestSchema>) =>
    api.create('/broadcasts/plays', { body }, key),
  );
export const useUpdateStation = () =>
  useBroadcastMutation(
    ({ id, ...body }: z.infer<typeof UpdateStationRequestSchema> & { id: string }) =>
      api.patch('/stations/{id}', { path: { id }, body }),
  );
/** Sends a station's play log as a form: checked only (`dryRun`), or saved whole. */
export const useImportPlays = () =>
  useBroadcastMutation(
    ({ stationId, file, dryRun }: { stationId: string; file: File; dryRun: boolean }) =>
      sendForm(
        'post',
        '/stations/{id}/plays/import',
        { path: { id: stationId } },
        { file, ...(dryRun ? { dryRun: 'true' as const } : {}) },
      ),
  );
