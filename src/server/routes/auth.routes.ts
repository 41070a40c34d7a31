import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, type Action, type Actor } from '../../domain/accounts/access';
import { DomainError } from '../../domain/shared/domain-error';
import { authenticate, logout } from '../../domain/accounts/authenticate';
import { changePassword } from '../../domain/accounts/change-password';
import { login } from '../../domain/accounts/login';
import type { Deps } from '../../domain/deps';
import { getUnit } from '../../domain/units/get-unit';
import {
  ChangePasswordRequestSchema,
  LoginRequestSchema,
  MeResponseSchema,
  type MeResponse,
} from '../../contracts/accounts.contract';
import { OkResponseSchema, problemResponses } from '../../contracts/common';
import { clearSessionCookie, requireActor, setSessionCookie } from '../plugins/auth';
import { toUnitResponse } from './mappers';

const ACTIONS: Action[] = [
  'unit.read',
  'unit.write',
  'user.read',
  'user.write',
  'audit.read',
  'work.read',
  'work.write',
  'work.approve',
];

async function me(deps: Deps, actor: Actor): Promise<MeResponse> {
  const unit = await getUnit(deps, actor, actor.unitId);
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    role: actor.role,
    unit: toUnitResponse(unit),
    permissions: ACTIONS.filter((a) => can(actor.role, a)),
  };
}

export function authRoutes(
  deps: Deps,
  opts: { loginRateLimit: { max: number; timeWindow: number } },
) {
  return async (app: FastifyInstance): Promise<void> => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post(
      '/auth/login',
      {
        config: { access: 'public', rateLimit: opts.loginRateLimit },
        schema: {
          tags: ['auth'],
          summary: 'Sign in; sets the httpOnly session cookie',
          body: LoginRequestSchema,
          response: { 200: MeResponseSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const session = await login(deps, request.body);
        setSessionCookie(reply, session.token, session.expiresAt);
        const actor = await authenticate(deps, session.token);
        if (!actor) throw new DomainError('internal', 'Phiên vừa tạo không đọc lại được.');
        return me(deps, actor);
      },
    );
    r.post(
      '/auth/logout',
      {
        // Harmless without a session: it only clears the cookie.
        config: { access: 'public' },
        schema: {
          tags: ['auth'],
          summary: 'Sign out',
          response: { 200: OkResponseSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        if (request.actor && request.sessionToken)
          await logout(deps, request.actor, request.sessionToken);
        clearSessionCookie(reply);
        return { ok: true as const };
      },
    );
    r.get(
      '/me',
      {
        schema: {
          tags: ['auth'],
          summary: 'The signed-in user, role and unit',
          response: { 200: MeResponseSchema, ...problemResponses },
        },
      },
      async (request) => me(deps, requireActor(request)),
    );
    r.post(
      '/me/password',
      {
        schema: {
          tags: ['auth'],
          summary: 'Change your own password; your other sessions are closed',
          body: ChangePasswordRequestSchema,
          response: { 200: OkResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await changePassword(deps, actor, {
          ...request.body,
          currentToken: request.sessionToken ?? '',
        });
        return { ok: true as const };
      },
    );
  };
}
