import type { FastifyInstance } from 'fastify';
import { renderHomePage } from './home.page';

/** The public, server-rendered portal: plain HTML, no script needed. */
export function portalRoutes(opts: { demo: boolean }) {
  return async (app: FastifyInstance): Promise<void> => {
    const home = renderHomePage(opts);
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('Cache-Control', 'public, max-age=60')
        .send(home),
    );
  };
}
