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

const sameHost = (origin: string, host: string | undefined): boolean => {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
};

/**
 * Resolves the session cookie into `request.actor` for API routes, and refuses cross-site
 * writes: a state-changing request whose Origin is another site is forbidden (CSRF).
 */
export function registerAuth(
  app: FastifyInstance,
  deps: Pick<Deps, 'repos' | 'clock' | 'tokens'>,
): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/v1/') || request.url.startsWith('/api/v1/device/')) return;
    if (!SAFE.has(request.method)) {
      const origin = request.headers.origin;
      if (origin && !sameHost(origin, request.headers.host)) {
        throw new DomainError('forbidden', 'Yêu cầu từ trang web khác bị từ chối.');
      }
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    request.sessionToken = token;
    request.actor = await authenticate(deps, token);
  });
}
