import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { unitFigures } from '../../domain/activities/unit-figures';
import type { Deps } from '../../domain/deps';
import { unitCompliance } from '../../domain/obligations/unit-compliance';
import { unitObligations } from '../../domain/obligations/unit-obligations';
import {
  ComplianceResponseSchema,
  FiguresResponseSchema,
  ObligationsQuerySchema,
  ObligationsResponseSchema,
  RangeQuerySchema,
} from '../../contracts/activities.contract';
import { IdParamsSchema, problemResponses } from '../../contracts/common';
import { requireActor } from '../plugins/auth';
import { toComplianceResponse, toFiguresResponse } from './activity-mappers';

const tags = ['progress'];

export function unitProgressRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/units/:id/compliance',
      {
        schema: {
          tags,
          summary:
            'Due, met and rate of task windows ending in [from, to], for the unit and each child',
          params: IdParamsSchema,
          querystring: RangeQuerySchema,
          response: { 200: ComplianceResponseSchema, ...problemResponses },
        },
      },
      async (request) =>
        toComplianceResponse(
          await unitCompliance(deps, requireActor(request), {
            unitId: request.params.id,
            ...request.query,
          }),
        ),
    );
    r.get(
      '/units/:id/figures',
      {
        schema: {
          tags,
          summary: 'Quantities by channel and category over the subtree, and per child',
          params: IdParamsSchema,
          querystring: RangeQuerySchema,
          response: { 200: FiguresResponseSchema, ...problemResponses },
        },
      },
      async (request) =>
        toFiguresResponse(
          await unitFigures(deps, requireActor(request), {
            unitId: request.params.id,
            ...request.query,
          }),
        ),
    );
    r.get(
      '/units/:id/obligations',
      {
        schema: {
          tags,
          summary:
            'Each task window with its status (met, missed, pending, done on time, done late, open, overdue)',
          params: IdParamsSchema,
          querystring: ObligationsQuerySchema,
          response: { 200: ObligationsResponseSchema, ...problemResponses },
        },
      },
      async (request) => ({
        items: (
          await unitObligations(deps, requireActor(request), {
            unitId: request.params.id,
            from: request.query.from,
            to: request.query.to,
            onlyAssignedTo: request.query.onlyAssignedTo === 'true',
          })
        ).map(({ assigneePath: _p, firstDoneOn: _f, ...p }) => p),
      }),
    );
  };
}
