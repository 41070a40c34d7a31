import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ClaimResponse,
  CorrectionRequestSchema,
  CreateClaimRequestSchema,
} from '../../../contracts/claims.contract';
import { api } from '../../api/client';

export type { ClaimResponse };
export type ClaimStatus = ClaimResponse['status'];

export const useClaims = (f: { status?: ClaimStatus; groupId?: string; search?: string }) =>
  useQuery({
    queryKey: ['claims', 'list', f],
    queryFn: () => api.get('/claims', { query: { ...f, pageSize: 200 } }),
  });

function useClaimMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all(['claims', 'content'].map((k) => qc.invalidateQueries({ queryKey: [k] }))),
  });
}

export const useCreateClaim = (key: string) =>
  useClaimMutation((body: z.infer<typeof CreateClaimRequestSchema>) =>
    api.create('/claims', { body }, key),
  );
export const useClaimStatus = () =>
  useClaimMutation((v: { id: string; status: ClaimStatus }) =>
    api.post('/claims/{id}/status', { path: { id: v.id }, body: { status: v.status } }),
  );
/** Deletes a claim logged by mistake while it is still new. */
export const useDeleteClaim = () =>
  useClaimMutation((id: string) => api.delete('/claims/{id}', { path: { id } }));
export const useRegroup = () =>
  useClaimMutation((v: { id: string; intoId: string | null }) =>
    api.post('/claims/{id}/regroup', { path: { id: v.id }, body: { intoId: v.intoId } }),
  );
export const useWriteCorrection = (key: string) =>
  useClaimMutation((v: { id: string; body: z.infer<typeof CorrectionRequestSchema> }) =>
    api.create('/claims/{id}/correction', { path: { id: v.id }, body: v.body }, key),
  );
