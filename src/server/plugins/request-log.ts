import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Whether a request is a plain read of a public page or file that went well: a voter's portal
 * page, an asset of the workspace. On polling day those are thousands a second, nearly all from
 * the cache, and a line for each would cost more than answering them.
 */
export const isPublicRead = (request: FastifyRequest, reply: FastifyReply): boolean =>
  (request.method === 'GET' || request.method === 'HEAD') &&
  reply.statusCode < 400 &&
  !request.url.startsWith('/api/');

const VERBOSE = new Set(['debug', 'trace']);

/**
 * One line per request, written when it is answered: method, address, status and time, under the
 * request id every other line of the request carries. Fastify's own request logging writes two
 * (received, completed), each serialising the request. Public reads that went well are logged at
 * `debug`, so the production log (`info`) holds the work people did and every error.
 */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', (request, reply, done) => {
    const level = isPublicRead(request, reply) ? 'debug' : 'info';
    // Skipped before the line's fields are even gathered: that is most of the cost.
    if (level === 'info' || VERBOSE.has(request.log.level))
      request.log[level](
        {
          method: request.method,
          url: request.url,
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime * 10) / 10,
        },
        'request',
      );
    done();
  });
}
