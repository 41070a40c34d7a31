import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * The security headers of every answer (nosniff, frame and referrer rules, the CSP), by helmet.
 * Its middleware is built once here: the Fastify wrapper builds it again on every request,
 * parsing the CSP each time, which cost a portal page about an eighth of its time.
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  const secure = helmet({
    contentSecurityPolicy: {
      directives: {
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
      },
    },
  });
  app.addHook('onRequest', (request, reply, done) => {
    secure(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });
}
