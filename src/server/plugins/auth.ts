import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/accounts/access';
import { authenticate } from '../../domain/accounts/authenticate';
import type { Deps } from '../../domain/deps';
import { DomainError } from '../../domain/shared/domain-error';

export const SESSION_COOKIE = 'loa_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
  }
}

/** The signed-in actor of a request; throws unauthenticated when there is none. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('unauthenticated', 'Bạn cần đăng nhập để tiếp tục.');
  return request.actor;
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

/** API routes open without a session: signing in, and signing out (harmless without one). */
const PUBLIC_ROUTES = new Set(['/api/v1/auth/login', '/api/v1/auth/logout']);

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

/**
 * Resolves the session cookie into `request.actor` for API routes, and refuses cross-site
 * writes (CSRF). Every API route but the public ones needs a session; refusing here, before
 * the body is read, means an anonymous client can neither make the server buffer a large
 * upload nor learn anything from validation errors, and a route that forgets `requireActor`
 * is still closed. Device routes carry their own bearer token.
 */
export function registerAuth(
  app: FastifyInstance,
  deps: Pick<Deps, 'repos' | 'clock' | 'tokens'>,
): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/v1/') || request.url.startsWith('/api/v1/device/')) return;
    if (!SAFE.has(request.method) && crossSite(request))
      throw new DomainError('forbidden', 'Yêu cầu từ trang web khác bị từ chối.');
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.sessionToken = token;
      request.actor = await authenticate(deps, token);
    }
    // An unknown path (no route) falls through to the 404 handler as before.
    const route = request.routeOptions.url;
    if (!request.actor && route !== undefined && !PUBLIC_ROUTES.has(route)) requireActor(request);
  });
}
