import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../contracts/common';
import { sendProblem } from '../plugins/problem';

const StatusSchema = z.object({ status: z.literal('ok'), database: z.string().optional() });

/** `/healthz` says the process runs; `/readyz` says it can reach its database (503 when not). */
export function healthRoutes(ping: () => Promise<void>, engine: string) {
  return async (app: FastifyInstance): Promise<void> => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/healthz',
      { schema: { tags: ['health'], response: { 200: StatusSchema } } },
      async () => ({ status: 'ok' as const }),
    );
    r.get(
      '/readyz',
      { schema: { tags: ['health'], response: { 200: StatusSchema, 503: problemResponses[503] } } },
      async (request, reply) => {
        try {
          await ping();
          return { status: 'ok' as const, database: engine };
        } catch (error) {
          request.log.warn({ err: error }, 'readiness check failed');
          return sendProblem(reply, request, 'unavailable', 'Không kết nối được cơ sở dữ liệu.');
        }
      },
    );
  };
}
