import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InboxResponse } from '../../../contracts/inbox.contract';
import type { PlanReceiptResponse } from '../../../contracts/plan-receipts.contract';
import { api } from '../../api/client';

export const useInbox = () =>
  useQuery({
    queryKey: ['inbox'] as const,
    queryFn: () => api.get<InboxResponse>('/inbox'),
  });

/** Opening a plan in "Văn bản đến" records its receipt, as "Đã nhận" on the plan does. */
export function useReceive() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (planId: string) =>
      api.post<PlanReceiptResponse>(`/plans/${encodeURIComponent(planId)}/acknowledge`, {}),
    onSuccess: (_, planId) =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['inbox'] }),
        qc.invalidateQueries({ queryKey: ['plans', 'receipts', planId] }),
        qc.invalidateQueries({ queryKey: ['today'] }),
      ]),
  });
}
