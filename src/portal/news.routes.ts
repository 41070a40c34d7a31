import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { getNewsItem } from '../domain/content/published-news';
import type { Reads } from '../domain/deps';
import { civilDate, formatDateVi } from '../domain/shared/dates';
import { escapeHtml } from './html';
import { renderPage } from './layout';
import { renderArticleBody } from './news-list';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One published article or correction, server-rendered: GET /tin-tuc/:id. */
export function newsRoutes(opts: { deps: Reads<'content'>; demo: boolean }) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get<{ Params: { id: string } }>(
      '/tin-tuc/:id',
      { schema: { hide: true } },
      async (request, reply) => {
        const item = UUID.test(request.params.id)
          ? await getNewsItem(opts.deps, request.params.id)
          : null;
        if (!item) {
          const html = renderPage({
            title: 'Không tìm thấy bài viết',
            body: '<h1>Không tìm thấy bài viết</h1><p>Bài viết không tồn tại hoặc đã được gỡ. <a href="/">Về trang chủ</a></p>',
            sample: opts.demo,
          });
          return reply.code(404).type('text/html; charset=utf-8').send(html);
        }
        const day = formatDateVi(civilDate(item.publishedAt));
        const html = renderPage({
          title: item.title,
          description: item.summary || item.title,
          sample: opts.demo,
          body: `<article>
${item.claimId ? '<p><span class="tag">Đính chính thông tin sai lệch</span></p>' : ''}
<h1>${escapeHtml(item.title)}</h1>
<p class="muted">${escapeHtml(item.unitName)} · <time datetime="${item.publishedAt.toISOString()}">${day}</time></p>
${item.summary ? `<p><strong>${escapeHtml(item.summary)}</strong></p>` : ''}
${renderArticleBody(item.body)}
</article>
<p><a href="/">← Trang chủ</a></p>`,
        });
        const etag = `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`;
        reply
          .header('ETag', etag)
          .header('Cache-Control', 'public, max-age=60, stale-while-revalidate=300');
        if (request.headers['if-none-match'] === etag) return reply.code(304).send(null);
        return reply.type('text/html; charset=utf-8').send(html);
      },
    );
  };
}
