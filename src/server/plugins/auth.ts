import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/accounts/access';
import { authenticate } from '../../domain/accounts/authenticate';
import type { Station } from '../../domain/broadcasts/broadcast';
import { authenticateStation } from '../../domain/broadcasts/device';
import type { Deps, Reads } from '../../domain/deps';
import { DomainError } from '../../domain/shared/domain-error';

export const SESSION_COOKIE = 'loa_session';

/**
 * Who may call an API route, declared on the route (`config: { access }`): `session` (the
 * default) needs a signed-in user, `public` needs nobody (signing in and out), `device` needs a
 * station's bearer token.
 */
export type Access = 'session' | 'public' | 'device';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
    station: Station | null;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

/** The signed-in actor of a request; throws unauthenticated when there is none. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('unauthenticated', 'Bạn cần đăng nhập để tiếp tục.');
  return request.actor;
}

/** The station whose bearer token a device route was called with (checked before the body). */
export function requireStation(request: FastifyRequest): Station {
  if (!request.station)
    throw new DomainError(
      'unauthenticated',
      'Mã thiết bị (token) không hợp lệ hoặc đã bị thu hồi.',
    );
  return request.station;
}

export function setSessionCookie(reply: FastifyReply, token: string, expires: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: 'auto',
    expires,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

const sameHost = (origin: string, host: string | undefined): boolean => {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
};

/**
 * A write sent by another site: its Origin names another host, or (when a browser sends no
 * Origin) its Fetch Metadata says cross-site. Same-origin, same-site and typed-in (`none`) pass.
 */
const crossSite = (request: FastifyRequest): boolean => {
  const origin = request.headers.origin;
  if (origin && !sameHost(origin, request.headers.host)) return true;
  return request.headers['sec-fetch-site'] === 'cross-site';
};

const bearer = (request: FastifyRequest): string | null =>
  /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? null;

/**
 * Guards every route registered in `scope` (the API): the decision comes from the route the
 * router matched and its declared `access`, never from the raw URL, so `/%61pi/…`, `/api//…` or
 * any other spelling that reaches a route meets the same check, and a spelling that reaches none
 * is a 404. It runs in onRequest, before the body is read: an anonymous client can neither make
 * the server buffer a large upload nor learn anything from validation errors, and a handler that
 * forgets `requireActor` is still closed. Cross-site writes are refused (CSRF) on session routes.
 */
export function registerAuth(
  scope: FastifyInstance,
  deps: Reads<'sessions' | 'broadcasts'> & Pick<Deps, 'clock' | 'tokens'>,
): void {
  scope.decorateRequest('actor', null);
  scope.decorateRequest('sessionToken', null);
  scope.decorateRequest('station', null);
  scope.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access ?? 'session';
    switch (access) {
      case 'device':
        request.station = await authenticateStation(deps, bearer(request));
        return;
      case 'public':
      case 'session': {
        if (!SAFE.has(request.method) && crossSite(request))
          throw new DomainError('forbidden', 'Yêu cầu từ trang web khác bị từ chối.');
        const token = request.cookies[SESSION_COOKIE];
        if (token) {
          request.sessionToken = token;
          request.actor = await authenticate(deps, token);
        }
        if (access === 'session') requireActor(request);
        return;
      }
    }
  });
}
