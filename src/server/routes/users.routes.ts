import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createUser, findUsers, updateUser } from '../../domain/accounts/manage-users';
import type { Deps } from '../../domain/deps';
import {
  CreateUserRequestSchema,
  UpdateUserRequestSchema,
  UserListQuerySchema,
  UserListResponseSchema,
  UserResponseSchema,
} from '../../contracts/accounts.contract';
import { IdParamsSchema, problemResponses } from '../../contracts/common';
import { requireActor } from '../plugins/auth';
import { toUserResponse } from './mappers';

const tags = ['users'];

export function usersRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/users',
      {
        schema: {
          tags,
          summary: 'Users of your subtree',
          querystring: UserListQuerySchema,
          response: { 200: UserListResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const items = await findUsers(deps, requireActor(request), request.query);
        const now = deps.clock.now();
        return { items: items.map((u) => toUserResponse(u, now)) };
      },
    );
    r.post(
      '/users',
      {
        schema: {
          tags,
          summary: 'Create a user in a unit of your subtree',
          body: CreateUserRequestSchema,
          response: { 201: UserResponseSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const user = await createUser(deps, requireActor(request), request.body);
        return reply.code(201).send(toUserResponse(user, deps.clock.now()));
      },
    );
    r.patch(
      '/users/:id',
      {
        schema: {
          tags,
          summary: 'Edit a user: role, unit, active, or a new password',
          params: IdParamsSchema,
          body: UpdateUserRequestSchema,
          response: { 200: UserResponseSchema, ...problemResponses },
        },
      },
      async (request) =>
        toUserResponse(
          await updateUser(deps, requireActor(request), request.params.id, request.body),
          deps.clock.now(),
        ),
    );
  };
}
