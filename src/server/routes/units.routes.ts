import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../domain/deps';
import { createUnit } from '../../domain/units/create-unit';
import { findUnits } from '../../domain/units/find-units';
import { getUnitWithAncestors } from '../../domain/units/get-unit';
import { importUnits } from '../../domain/units/import-units';
import { moveUnit } from '../../domain/units/move-unit';
import { setUnitActive } from '../../domain/units/set-unit-active';
import { updateUnit } from '../../domain/units/update-unit';
import { IdParamsSchema, problemResponses } from '../../contracts/common';
import {
  CreateUnitRequestSchema,
  ImportUnitsRequestSchema,
  ImportUnitsResponseSchema,
  MoveUnitRequestSchema,
  UnitDetailResponseSchema,
  UnitListQuerySchema,
  UnitListResponseSchema,
  UnitResponseSchema,
  UpdateUnitRequestSchema,
} from '../../contracts/units.contract';
import { requireActor } from '../plugins/auth';
import { toUnitResponse } from './mappers';

const tags = ['units'];

export function unitsRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/units',
      {
        schema: {
          tags,
          summary:
            'Units of your subtree: children of parentId, matches of search, or your own unit',
          querystring: UnitListQuerySchema,
          response: { 200: UnitListResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const q = request.query;
        const items = await findUnits(deps, requireActor(request), {
          ...(q.search ? { search: q.search } : {}),
          ...(q.parentId ? { parentId: q.parentId } : {}),
          includeInactive: q.includeInactive === 'true',
          ...(q.limit ? { limit: q.limit } : {}),
          ...(q.candidatesFor ? { candidatesFor: q.candidatesFor } : {}),
        });
        return { items: items.map(toUnitResponse) };
      },
    );
    r.get(
      '/units/:id',
      {
        schema: {
          tags,
          summary: 'A unit with its ancestors',
          params: IdParamsSchema,
          response: { 200: UnitDetailResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const { unit, ancestors } = await getUnitWithAncestors(
          deps,
          requireActor(request),
          request.params.id,
        );
        return { unit: toUnitResponse(unit), ancestors: ancestors.map(toUnitResponse) };
      },
    );
    r.post(
      '/units',
      {
        schema: {
          tags,
          summary: 'Create a unit',
          body: CreateUnitRequestSchema,
          response: { 201: UnitResponseSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const unit = await createUnit(deps, requireActor(request), request.body);
        return reply.code(201).send(toUnitResponse(unit));
      },
    );
    r.patch(
      '/units/:id',
      {
        schema: {
          tags,
          summary: 'Rename or re-code a unit (optimistic concurrency on version)',
          params: IdParamsSchema,
          body: UpdateUnitRequestSchema,
          response: { 200: UnitResponseSchema, ...problemResponses },
        },
      },
      async (request) =>
        toUnitResponse(
          await updateUnit(deps, requireActor(request), request.params.id, request.body),
        ),
    );
    r.post(
      '/units/:id/move',
      {
        schema: {
          tags,
          summary: 'Move a unit and its subtree',
          params: IdParamsSchema,
          body: MoveUnitRequestSchema,
          response: { 200: UnitResponseSchema, ...problemResponses },
        },
      },
      async (request) =>
        toUnitResponse(
          await moveUnit(deps, requireActor(request), request.params.id, request.body.parentId),
        ),
    );
    for (const [action, active] of [
      ['deactivate', false],
      ['activate', true],
    ] as const) {
      r.post(
        `/units/:id/${action}`,
        {
          schema: {
            tags,
            summary: `${action === 'activate' ? 'Reactivate' : 'Deactivate'} a unit`,
            params: IdParamsSchema,
            response: { 200: UnitResponseSchema, ...problemResponses },
          },
        },
        async (request) =>
          toUnitResponse(
            await setUnitActive(deps, requireActor(request), request.params.id, active),
          ),
      );
    }
    r.post(
      '/units/import',
      {
        schema: {
          tags,
          summary: 'Import units from CSV; rows with errors are reported by line',
          body: ImportUnitsRequestSchema,
          response: { 200: ImportUnitsResponseSchema, ...problemResponses },
        },
      },
      async (request) => importUnits(deps, requireActor(request), request.body),
    );
  };
}
