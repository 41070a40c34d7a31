import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** The workspace's pages are not API: kept out of openapi.json, whether or not it is built. */
const page = { schema: { hide: true } };

/** Serves the built SPA at /app, answering every client-side route with its index.html. */
export async function registerWebApp(app: FastifyInstance, distDir: string): Promise<void> {
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.get('/app/*', page, async (_request, reply) =>
      reply
        .code(503)
        .type('text/html; charset=utf-8')
        .send('<p lang="vi">Ứng dụng web chưa được build. Chạy <code>npm run build</code>.</p>'),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root: distDir,
    prefix: '/app/',
    wildcard: false,
    index: false,
    // The build writes .br and .gz copies of scripts and styles (scripts/vite-precompress.ts):
    // the one the browser accepts goes out, with Content-Encoding and Vary: Accept-Encoding.
    preCompressed: true,
    setHeaders: (res, path) => {
      // Hashed assets never change; index.html must always be revalidated.
      res.header(
        'Cache-Control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const sendIndex = async (_request: unknown, reply: import('fastify').FastifyReply) =>
    // Read on each request: a rebuild while the server runs then needs no restart.
    reply
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      .send(readFileSync(indexFile));
  app.get('/app', page, async (_request, reply) => reply.redirect('/app/'));
  app.get('/app/', page, sendIndex);
  app.get('/app/*', page, async (request, reply) => {
    if (request.url.startsWith('/app/assets/')) {
      reply.callNotFound();
      return reply;
    }
    return sendIndex(request, reply);
  });
}
