import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParamsSchema, problemResponses } from '../../contracts/common';
import {
  ContentApproversResponseSchema,
  TodayResponseSchema,
} from '../../contracts/today.contract';
import { findContentApprovers } from '../../domain/content/content-approvers';
import type { Deps } from '../../domain/deps';
import { getToday } from '../../domain/today/get-today';
import { requireActor } from '../plugins/auth';

export function todayRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/today',
      {
        schema: {
          tags: ['today'],
          summary: 'Việc cần làm: what waits for you today, grouped and counted',
          response: { 200: TodayResponseSchema, ...problemResponses },
        },
      },
      async (request) => getToday(deps, requireActor(request)),
    );
    r.get(
      '/content/:id/approvers',
      {
        schema: {
          tags: ['content'],
          summary: 'Who may approve a draft (Người duyệt), named to its author',
          params: IdParamsSchema,
          response: { 200: ContentApproversResponseSchema, ...problemResponses },
        },
      },
      async (request) => ({
        items: await findContentApprovers(deps, requireActor(request), request.params.id),
      }),
    );
  };
}
