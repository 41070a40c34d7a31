import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ClaimListResponseSchema,
  ClaimResponse,
  CorrectionRequestSchema,
  CreateClaimRequestSchema,
} from '../../../contracts/claims.contract';
import type { ContentResponse } from '../../../contracts/content.contract';
import { api } from '../../api/client';

export type { ClaimResponse };
export type ClaimStatus = ClaimResponse['status'];
type ClaimList = z.infer<typeof ClaimListResponseSchema>;

export const useClaims = (f: { status?: string; groupId?: string; search?: string }) =>
  useQuery({
    queryKey: ['claims', 'list', f],
    queryFn: () => api.get<ClaimList>('/claims', { ...f, pageSize: 200 }),
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
    api.create<ClaimResponse>('/claims', body, key),
  );
export const useClaimStatus = () =>
  useClaimMutation((v: { id: string; status: ClaimStatus }) =>
    api.post<{ changed: number }>(`/claims/${v.id}/status`, { status: v.status }),
  );
/** Deletes a claim logged by mistake while it is still new. */
export const useDeleteClaim = () =>
  useClaimMutation((id: string) => api.delete<{ ok: true }>(`/claims/${encodeURIComponent(id)}`));
export const useRegroup = () =>
  useClaimMutation((v: { id: string; intoId: string | null }) =>
    api.post<ClaimResponse>(`/claims/${v.id}/regroup`, { intoId: v.intoId }),
  );
export const useWriteCorrection = (key: string) =>
  useClaimMutation((v: { id: string; body: z.infer<typeof CorrectionRequestSchema> }) =>
    api.create<ContentResponse>(`/claims/${v.id}/correction`, v.body, key),
  );
