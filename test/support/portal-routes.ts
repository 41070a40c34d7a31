import Fastify from 'fastify';
import type { Deps } from '../../src/domain/deps';
import type { FragmentCache } from '../../src/portal/fragment-cache';
import { newsRoutes } from '../../src/portal/news.routes';
import type { PageCache } from '../../src/portal/page-cache';
import { portalNews } from '../../src/portal/portal-news';
import { portalRoutes } from '../../src/portal/portal.routes';

/**
 * The public portal on its own, with the caches given, and the paths of its GET pages as it
 * registers them (`/bau-cu/:slug/:id`), so a test walks a page added tomorrow too. `demo` (true
 * unless said) marks every page as sample data, as the portal of a demo install does.
 */
export async function standalonePortal(
  deps: Deps,
  opts: { cache?: PageCache; fragments?: FragmentCache; demo?: boolean } = {},
) {
  const { demo = true, ...caches } = opts;
  const app = Fastify();
  const paths: string[] = [];
  app.addHook('onRoute', (r) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    if (methods.includes('GET')) paths.push(r.url);
  });
  await app.register(portalRoutes({ demo, deps, news: portalNews(deps), ...caches }));
  await app.register(newsRoutes({ deps, demo }));
  await app.ready();
  return { app, paths };
}
