import { useQuery } from '@tanstack/react-query';
import type { AuditListResponse } from '../../../contracts/audit.contract';
import { api } from '../../api/client';

export interface AuditFilter {
  entity?: string;
  action?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export const useAudit = (filter: AuditFilter) =>
  useQuery({
    queryKey: ['audit', filter],
    queryFn: () => api.get<AuditListResponse>('/audit', { ...filter }),
    placeholderData: (previous) => previous,
  });
