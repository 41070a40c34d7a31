import { useQuery } from '@tanstack/react-query';
import type { AuditAction, AuditEntity } from '../../../contracts/audit.contract';
import { api } from '../../api/client';

export interface AuditFilter {
  entity?: AuditEntity;
  action?: AuditAction;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export const useAudit = (filter: AuditFilter) =>
  useQuery({
    queryKey: ['audit', filter],
    queryFn: () => api.get('/audit', { query: { ...filter } }),
    placeholderData: (previous) => previous,
  });
