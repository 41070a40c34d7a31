import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../domain/deps';
import { findRegister, reserveNumber } from '../../domain/registers/reserve-number';
import { findTasks } from '../../domain/tasks/find-tasks';
import { problemResponses } from '../../contracts/common';
import {
  RegisterEntrySchema,
  RegisterQuerySchema,
  RegisterResponseSchema,
  ReserveNumberRequestSchema,
  TaskListQuerySchema,
  TaskListResponseSchema,
} from '../../contracts/plans.contract';
import { requireActor } from '../plugins/auth';
import { toRegisterEntryResponse, toTaskResponse } from './plan-mappers';

export function tasksRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/tasks',
      {
        schema: {
          tags: ['tasks'],
          summary: 'Tasks assigned within your subtree',
          querystring: TaskListQuerySchema,
          response: { 200: TaskListResponseSchema, ...problemResponses },
        },
      },
      async (request) => ({
        items: (await findTasks(deps, requireActor(request), request.query)).map(toTaskResponse),
      }),
    );
    r.get(
      '/registers',
      {
        schema: {
          tags: ['registers'],
          summary: "A unit's document register (sổ văn bản) for a year and type",
          querystring: RegisterQuerySchema,
          response: { 200: RegisterResponseSchema, ...problemResponses },
        },
      },
      async (request) => ({
        items: (await findRegister(deps, requireActor(request), request.query)).map(
          toRegisterEntryResponse,
        ),
      }),
    );
    r.post(
      '/registers/reserve',
      {
        schema: {
          tags: ['registers'],
          summary: 'Reserve the next number of the register',
          body: ReserveNumberRequestSchema,
          response: { 201: RegisterEntrySchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const entry = await reserveNumber(deps, requireActor(request), {
          ...request.body,
          note: request.body.note ?? null,
        });
        return reply.code(201).send(toRegisterEntryResponse(entry));
      },
    );
  };
}
