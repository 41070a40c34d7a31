import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { findAudit } from '../../domain/audit/find-audit';
import type { Deps } from '../../domain/deps';
import { AuditListResponseSchema, AuditQuerySchema } from '../../contracts/audit.contract';
import { problemResponses } from '../../contracts/common';
import { requireActor } from '../plugins/auth';
import { toAuditEntryResponse } from './mappers';

/** Start and end instants of civil dates in Vietnam (UTC+7, no daylight saving). */
const dayStart = (d: string): Date => new Date(`${d}T00:00:00+07:00`);
const dayEnd = (d: string): Date => new Date(`${d}T23:59:59.999+07:00`);

export function auditRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    app.withTypeProvider<ZodTypeProvider>().get(
      '/audit',
      {
        schema: {
          tags: ['audit'],
          summary: 'The audit log of your subtree, newest first (admins and leaders)',
          querystring: AuditQuerySchema,
          response: { 200: AuditListResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const q = request.query;
        const result = await findAudit(deps, requireActor(request), {
          ...(q.entity ? { entity: q.entity } : {}),
          ...(q.action ? { action: q.action } : {}),
          ...(q.actorId ? { actorId: q.actorId } : {}),
          ...(q.from ? { from: dayStart(q.from) } : {}),
          ...(q.to ? { to: dayEnd(q.to) } : {}),
          page: q.page,
          pageSize: q.pageSize,
        });
        return {
          items: result.items.map(toAuditEntryResponse),
          total: result.total,
          page: q.page,
          pageSize: q.pageSize,
        };
      },
    );
  };
}
