import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AssigneesPreviewRequestSchema,
  PlanContentRequest,
  PlanListQuerySchema,
  PlanListResponseSchema,
  RegisterResponseSchema,
} from '../../../contracts/plans.contract';
import { api } from '../../api/client';
import { download } from './download-file';

export type PlanListQuery = z.infer<typeof PlanListQuerySchema>;
export type RegisterEntry = z.infer<typeof RegisterResponseSchema>['items'][number];

export const planKeys = {
  all: ['plans'] as const,
  list: (q: PlanListQuery) => ['plans', 'list', q] as const,
  detail: (id: string) => ['plans', 'detail', id] as const,
  derivations: (id: string) => ['plans', 'derivations', id] as const,
  tasks: (q: { planId?: string; assigneeUnitId?: string }) => ['tasks', q] as const,
  register: (unitId: string, year: number) => ['registers', unitId, year] as const,
};

/** The newest 200 plans that match, and `total`: how many match in all. */
export type PlanList = z.infer<typeof PlanListResponseSchema>;

const planListQuery = (q: PlanListQuery) => ({
  queryKey: planKeys.list(q),
  queryFn: () => api.get('/plans', { query: q }),
  placeholderData: (previous: PlanList | undefined) => previous,
});

/** The plans as a list with its count, for the page that lists them. */
export const usePlanList = (q: PlanListQuery) => useQuery(planListQuery(q));

/** The plans alone, for pickers. */
export const usePlans = (q: PlanListQuery) =>
  useQuery({ ...planListQuery(q), select: (list: PlanList) => list.items });

export const planQuery = (id: string) => ({
  queryKey: planKeys.detail(id),
  queryFn: () => api.get('/plans/{id}', { path: { id } }),
});

export const usePlan = (id: string) => useQuery({ ...planQuery(id), retry: false });

export const useDerivations = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: planKeys.derivations(id),
    queryFn: async () => (await api.get('/plans/{id}/derivations', { path: { id } })).items,
    enabled,
    retry: false,
  });

export const useTasks = (q: { planId?: string; assigneeUnitId?: string; withinUnitId?: string }) =>
  useQuery({
    queryKey: planKeys.tasks(q),
    queryFn: async () => (await api.get('/tasks', { query: q })).items,
    placeholderData: (previous) => previous,
  });

export const useRegister = (unitId: string, year: number) =>
  useQuery({
    queryKey: planKeys.register(unitId, year),
    queryFn: async () =>
      (await api.get('/registers', { query: { unitId, year, typeCode: 'KH' } })).items,
  });

/** Plan changes move lists, statuses, tasks and registers: refetch them all. */
function usePlanMutation<TVars, TResult>(fn: (vars: TVars) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all(
        ['plans', 'tasks', 'registers'].map((key) =>
          queryClient.invalidateQueries({ queryKey: [key] }),
        ),
      );
    },
  });
}

export const useCreatePlan = (key: string) =>
  usePlanMutation((unitId: string) => api.create('/plans', { body: { unitId } }, key));

/** One autosave: the content as it is now, against the version the editor last loaded. */
export const savePlan = (id: string, version: number, content: Partial<PlanContentRequest>) =>
  api.patch('/plans/{id}', { path: { id }, body: { version, content } });

/** The actions that answer the plan as it is now; a revision creates a new one. */
const actionRoutes = {
  submit: '/plans/{id}/submit',
  close: '/plans/{id}/close',
  recall: '/plans/{id}/recall',
} as const;

export type PlanAction = keyof typeof actionRoutes | 'revise';

/** A revision is a new plan: it is sent with the page's key, so a repeat opens the same one. */
export const usePlanAction = (id: string, key: string) =>
  usePlanMutation((action: PlanAction) =>
    action === 'revise'
      ? api.create('/plans/{id}/revise', { path: { id } }, key)
      : api.post(actionRoutes[action], { path: { id } }),
  );

/** Deletes a draft never issued (or discards a draft revision). */
export const useDeletePlan = (id: string) =>
  usePlanMutation(() => api.delete('/plans/{id}', { path: { id } }));

export const useReturnPlan = (id: string) =>
  usePlanMutation((note: string) =>
    api.post('/plans/{id}/return', { path: { id }, body: { note } }),
  );

export const useIssuePlan = (id: string) =>
  usePlanMutation((body: { number: number | null; issuedOn: string | null }) =>
    api.post('/plans/{id}/issue', { path: { id }, body }),
  );

export const useDerivePlan = (id: string, key: string) =>
  usePlanMutation(() => api.create('/plans/{id}/derive', { path: { id }, body: {} }, key));

export const useReserveNumber = (key: string) =>
  usePlanMutation((body: { unitId: string; year: number; note: string | null }) =>
    api.create('/registers/reserve', { body: { ...body, typeCode: 'KH' } }, key),
  );

/** Where the export links point (cookie auth, so plain links download). */
export const exportUrl = (
  id: string,
  file: 'document.docx' | 'document.pdf' | 'assignments.xlsx',
) => `/api/v1/plans/${encodeURIComponent(id)}/${file}`;

type AssigneesQuery = z.infer<typeof AssigneesPreviewRequestSchema>;

/** The units one assignment would reach if issued now (the editor's "Sẽ giao cho …" line). */
export const useAssigneesPreview = (q: AssigneesQuery, enabled: boolean) =>
  useQuery({
    queryKey: ['plans', 'assignees-preview', JSON.stringify(q)] as const,
    queryFn: () => api.post('/plans/assignees-preview', { body: q }),
    enabled,
    retry: false,
    placeholderData: (previous) => previous,
  });

export const usePlanReceipts = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: ['plans', 'receipts', id] as const,
    queryFn: () => api.get('/plans/{id}/receipts', { path: { id } }),
    enabled,
    retry: false,
  });

/** The viewer's unit confirms "đã nhận"; its today view loses the line. */
export function useAcknowledgePlan(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/plans/{id}/acknowledge', { path: { id }, body: {} }),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['plans', 'receipts', id] }),
        qc.invalidateQueries({ queryKey: ['today'] }),
      ]),
  });
}

/** Whether the issued plan's signed PDF is made, and who signed it; asked again while it is made. */
export const useIssuedPdf = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: ['plans', 'issued-pdf', id] as const,
    queryFn: () => api.get('/plans/{id}/issued-pdf', { path: { id } }),
    enabled,
    retry: false,
    refetchInterval: (q) => (q.state.data?.status === 'pending' ? 10_000 : false),
  });

/**
 * Downloads the plan's PDF; for an issued plan the first download may make and sign it (a few
 * seconds), after which its signature is known.
 */
export function useDownloadPdf(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => download(exportUrl(id, 'document.pdf')),
    onSettled: () => qc.invalidateQueries({ queryKey: ['plans', 'issued-pdf', id] }),
  });
}
