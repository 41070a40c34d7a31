import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** A page the server can answer itself, as HTML, before the SPA; null lets the SPA answer. */
export type FirstView = (app: FastifyInstance, request: FastifyRequest) => Promise<string | null>;

type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>;

/** The workspace's pages are not API: kept out of openapi.json, whether or not it is built. */
const page = { schema: { hide: true } };

/**
 * Serves the built SPA at /app, answering every client-side route with its index.html, except
 * where a first view answers (`firstViews`, by path) and says it has something to show.
 */
export async function registerWebApp(
  app: FastifyInstance,
  distDir: string,
  firstViews: Record<string, FirstView> = {},
): Promise<void> {
  const indexFile = join(distDir, 'index.html');
  const built = existsSync(indexFile);
  const sendIndex: Handler = async (_request, reply) =>
    built
      ? // Read on each request: a rebuild while the server runs then needs no restart.
        reply
          .type('text/html; charset=utf-8')
          .header('Cache-Control', 'no-cache')
          .send(readFileSync(indexFile))
      : reply
          .code(503)
          .type('text/html; charset=utf-8')
          .send('<p lang="vi">Ứng dụng web chưa được build. Chạy <code>npm run build</code>.</p>');
  // A first view is the signed-in user's own data: never kept by a cache or a proxy.
  for (const [path, view] of Object.entries(firstViews))
    app.get(path, page, async (request, reply) => {
      let html: string | null = null;
      try {
        html = await view(app, request);
      } catch (error) {
        // A first view is only ever a faster start: whatever breaks it (a server shutting down
        // under it, a drawing that fails), the SPA still answers the address.
        request.log.warn({ err: error }, 'first view failed; the SPA answers');
      }
      if (html === null) return sendIndex(request, reply.header('Vary', 'Cookie'));
      reply
        .type('text/html; charset=utf-8')
        .header('Cache-Control', 'private, no-store')
        .header('Vary', 'Cookie, Accept-Encoding');
      // A page of tens of KB (its charts' SVG) to a phone: gzipped, a fifth of that, in well
      // under a millisecond.
      return /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
        ? reply.header('Content-Encoding', 'gzip').send(gzipSync(html))
        : reply.send(html);
    });
  if (!built) {
    app.get('/app/*', page, sendIndex);
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
