import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

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
 * request id every other line of the request carries. Fastify's own lines are two (received,
 * completed), each serialising the request. Public reads that went well are logged at `debug`, so
 * the production log (`info`) holds the work people did and every error.
 */
export class RequestLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const quiet = !error && isPublicRead(request, reply);
    // Skipped before the line's fields are even gathered: that is most of the cost.
    if (quiet && !VERBOSE.has(request.log.level)) return;
    const line = {
      method: request.method,
      url: request.url,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
      ...(error ? { err: error } : {}),
    };
    if (quiet) request.log.debug(line, 'request');
    else if (error) request.log.error(line, 'request');
    else request.log.info(line, 'request');
  }
}
