import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../contracts/common';
import { sendProblem } from '../plugins/problem';

const PagesSchema = z
  .object({
    pages: z.number().int().describe('election pages rendered ahead and held'),
    megabytes: z.number().describe('what they hold, gzipped'),
    pending: z.number().int().describe('pages still to render in the current pass'),
    capped: z.boolean().describe('LOA_PRERENDER_MB stopped the pass'),
  })
  .describe('the portal prerender; absent when it is off');
const StatusSchema = z.object({
  status: z.literal('ok'),
  database: z.string().optional(),
  portal: PagesSchema.optional(),
});

/**
 * `/healthz` says the process runs (and how far the portal prerender is); `/readyz` says it can
 * reach its database (503 when not).
 */
export function healthRoutes(
  ping: () => Promise<void>,
  engine: string,
  pages: () => z.infer<typeof PagesSchema> | null = () => null,
) {
  return async (app: FastifyInstance): Promise<void> => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/healthz',
      { schema: { tags: ['health'], response: { 200: StatusSchema } } },
      async () => {
        const portal = pages();
        return { status: 'ok' as const, ...(portal ? { portal } : {}) };
      },
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
