import { z } from 'zod';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../domain/audit/audit-vocabulary';
import { PageQuery, queryInt } from './common';

export {
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  type AuditAction,
  type AuditEntity,
} from '../domain/audit/audit-vocabulary';

export const AuditQuerySchema = z.strictObject({
  entity: z.enum(AUDIT_ENTITIES).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  actorId: z.uuid().optional(),
  from: z.iso.date().optional().describe('YYYY-MM-DD, inclusive, Vietnam time'),
  to: z.iso.date().optional().describe('YYYY-MM-DD, inclusive, Vietnam time'),
  page: PageQuery,
  pageSize: queryInt(1, 200).default(50),
});

export const AuditEntryResponseSchema = z.object({
  id: z.uuid(),
  at: z.string(),
  actorId: z.uuid().nullable(),
  actorName: z.string(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  changes: z.record(z.string(), z.unknown()),
});
export type AuditEntryResponse = z.infer<typeof AuditEntryResponseSchema>;

export const AuditListResponseSchema = z.object({
  items: z.array(AuditEntryResponseSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AuditListResponse = z.infer<typeof AuditListResponseSchema>;
