import { gunzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { renderIcs } from '../documents/ics';
import { milestoneEvents } from '../documents/milestone-calendar';
import type { Deps, Reads } from '../domain/deps';
import { calendarOfFeed } from '../domain/elections/manage-milestones';
import { civilDate } from '../domain/shared/dates';
import { DomainError } from '../domain/shared/domain-error';
import type { Change } from '../domain/shared/ports';
import { isWithin } from '../domain/units/unit';
import { UPLOADED_FILE_CSP } from '../server/routes/upload';
import { noNews, type NewsSource } from './election-data';
import { electionPages } from './election-pages';
import { renderHistoryPage } from './history.page';
import { dayKey, PageCache, type CachedPage } from './page-cache';
import { FragmentCache } from './fragment-cache';
import { tagsOf } from './change-tags';
import { PlaceIndex } from './place-index';
import { startPrerender, type Prerender } from './prerender';
import {
  renderHomePage,
  renderNotFoundPage,
  renderPlacePage,
  renderSearchPage,
} from './places.page';

export interface PortalOptions {
  demo: boolean;
  deps: Reads<'elections' | 'units'> & Pick<Deps, 'clock' | 'changes' | 'tokens'>;
  /** News and corrections published by units (the content area plugs in here). */
  news?: NewsSource;
  cache?: PageCache;
  /** The data pages are built from (tests look at its size). */
  fragments?: FragmentCache;
  /**
   * When `deps.repos` read a replica: a change is heard before the replica has it, so it is
   * applied again after this long, or the page rebuilt in between would stay stale until expiry.
   */
  replicaLagMs?: number;
  /** Tells the CDN in front of the portal which tags to purge (LOA_CDN_PURGE_URL). */
  purge?: (tags: string[]) => void;
  /**
   * Renders every election page ahead and keeps them, up to this many compressed bytes
   * (LOA_PRERENDER_MB); `onReady` hands the prerender to whoever reports its progress. Without
   * it, pages render when asked for.
   */
  prerender?: { maxBytes: number; onReady?: (prerender: Prerender) => void };
}

const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLACE_INDEX_TTL_MS = 10 * 60_000;

function send(request: FastifyRequest, reply: FastifyReply, page: CachedPage) {
  // Pages are kept gzipped; the rare client that does not take gzip gets them inflated.
  const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  // One ETag per representation, as a strong validator must be.
  const etag = gzip ? `${page.etag.slice(0, -1)}-gz"` : page.etag;
  reply
    .header('Cache-Control', CACHE_CONTROL)
    .header('ETag', etag)
    .header('Cache-Tag', page.tags.join(','))
    .header('Vary', 'Accept-Encoding');
  if (page.status === 200 && request.headers['if-none-match'] === etag)
    return reply.code(304).send();
  reply.code(page.status).type('text/html; charset=utf-8');
  return gzip
    ? reply.header('Content-Encoding', 'gzip').send(page.gzip)
    : reply.send(gunzipSync(page.gzip));
}

/** The public, server-rendered portal: plain HTML, no script, cached in memory and by HTTP. */
export function portalRoutes(opts: PortalOptions) {
  return async (app: FastifyInstance): Promise<void> => {
    const { deps } = opts;
    const news = opts.news ?? noNews;
    const cache = opts.cache ?? new PageCache();
    const fragments = opts.fragments ?? new FragmentCache();
    // One load at a time: concurrent first requests share it instead of each reading every place.
    let index: { at: number; places: Promise<PlaceIndex> } | null = null;
    let prerender: Prerender | null = null;
    const apply = (change: Change) => {
      cache.apply(change);
      fragments.apply(change);
      if (change.kind === 'unit' || change.kind === 'everything') index = null;
      prerender?.changed(change);
      // A missed notice left only this instance's memory in doubt; the CDN was purged by the
      // instance that heard it, so `everything` is not a reason to empty the CDN.
      const tags = tagsOf(change);
      if (tags !== 'all') opts.purge?.(tags);
    };
    const lagTimers = new Set<NodeJS.Timeout>();
    const unsubscribe = deps.changes.subscribe((change) => {
      apply(change);
      if (!opts.replicaLagMs) return;
      const timer = setTimeout(() => {
        lagTimers.delete(timer);
        apply(change);
      }, opts.replicaLagMs);
      timer.unref();
      lagTimers.add(timer);
    });
    app.addHook('onClose', async () => {
      unsubscribe();
      lagTimers.forEach(clearTimeout);
    });
    const places = async (): Promise<PlaceIndex> => {
      if (!index || Date.now() - index.at > PLACE_INDEX_TTL_MS) {
        const loading = deps.repos.elections.places().then((rows) => new PlaceIndex(rows));
        index = { at: Date.now(), places: loading };
        void loading.catch(() => (index = null));
      }
      return index.places;
    };
    // Every page's cache key holds the day; formatting it is kept for the second it was asked in.
    let day = { second: NaN, value: '' };
    const today = () => {
      const now = deps.clock.now();
      const second = Math.floor(now.getTime() / 1000);
      if (second !== day.second) day = { second, value: civilDate(now) };
      return day.value;
    };
    // Every wrong address of a kind shows the same page, kept once per kind: kept once per
    // address, random addresses would fill the page cache and push the real pages out of it.
    const missingPages = new PageCache(16);
    const notFoundPage = (what: string): CachedPage =>
      missingPages.get(what) ??
      missingPages.set(what, { status: 404, html: renderNotFoundPage(what) }, ['lists']);
    const notFound = (what: string) => ({ missing: what });
    const cached = async (
      request: FastifyRequest,
      reply: FastifyReply,
      key: string,
      build: () => Promise<
        { page: { status: number; html: string }; tags: string[] } | { missing: string }
      >,
    ) => {
      const fullKey = dayKey(key, today());
      const hit = cache.get(fullKey);
      if (hit) return send(request, reply, hit);
      const built = await build();
      if ('missing' in built) return send(request, reply, notFoundPage(built.missing));
      return send(request, reply, cache.set(fullKey, built.page, built.tags));
    };
    const allElections = async () =>
      (await deps.repos.elections.findTouching('/')).sort((a, b) =>
        b.electionDay.localeCompare(a.electionDay),
      );

    app.get('/', { schema: { hide: true } }, (request, reply) =>
      cached(request, reply, 'home', async () => {
        const idx = await places();
        const root = idx.roots()[0];
        const elections = await allElections();
        const provinces = root ? idx.childrenOf(root.id) : [];
        return {
          page: {
            status: 200,
            html: renderHomePage({ elections, provinces, today: today(), demo: opts.demo }),
          },
          tags: ['lists'],
        };
      }),
    );

    // A repeated parameter (?q=a&q=b) arrives as a list.
    app.get<{ Querystring: { q?: string | string[] } }>(
      '/tim-kiem',
      { schema: { hide: true } },
      async (request, reply) => {
        const asked = request.query.q;
        const q = (Array.isArray(asked) ? (asked[0] ?? '') : (asked ?? '')).slice(0, 100);
        const idx = await places();
        const hits = idx.search(q).map((place) => ({ place, trail: idx.trail(place.id) }));
        const html = renderSearchPage({ q, hits, sample: opts.demo });
        return reply
          .header('Cache-Control', CACHE_CONTROL)
          .type('text/html; charset=utf-8')
          .send(html);
      },
    );

    app.get<{ Params: { id: string } }>(
      '/dia-phuong/:id',
      { schema: { hide: true } },
      (request, reply) =>
        cached(request, reply, `place|${request.params.id}`, async () => {
          const idx = await places();
          const place = UUID.test(request.params.id) ? idx.get(request.params.id) : undefined;
          if (!place) return notFound('địa phương này');
          const trail = idx.trail(place.id);
          const elections = (await allElections()).filter(
            (el) => isWithin(place.path, el.unitPath) || isWithin(el.unitPath, place.path),
          );
          return {
            page: {
              status: 200,
              html: renderPlacePage({
                trail,
                children: idx.childrenOf(place.id),
                elections,
                today: today(),
              }),
            },
            tags: ['lists', ...trail.map((t) => `unit:${t.id}`)],
          };
        }),
    );

    const pages = electionPages({
      deps,
      news,
      fragments,
      places,
      today,
      elections: allElections,
    });
    app.get<{ Params: { slug: string; id: string } }>(
      '/bau-cu/:slug/:id',
      { schema: { hide: true } },
      (request, reply) =>
        cached(request, reply, pages.page(request.params.slug, request.params.id), () =>
          pages.build(request.params.slug, request.params.id),
        ),
    );
    if (opts.prerender) {
      prerender = startPrerender(app, { groups: pages.groups, cache, today, ...opts.prerender });
      opts.prerender.onReady?.(prerender);
    }

    app.get<{ Params: { slug: string } }>(
      '/bau-cu/:slug',
      { schema: { hide: true } },
      async (request, reply) => {
        const election = await deps.repos.elections.getBySlug(request.params.slug);
        if (!election) return send(request, reply, notFoundPage('cuộc bầu cử này'));
        return reply.redirect(`/bau-cu/${encodeURIComponent(election.slug)}/${election.unitId}`);
      },
    );

    const history = renderHistoryPage();
    app.get('/lich-su-bau-cu', { schema: { hide: true } }, (request, reply) =>
      cached(request, reply, 'history', () =>
        Promise.resolve({ page: { status: 200, html: history }, tags: [] }),
      ),
    );

    // A candidate's photo is public only once the district's official list is published.
    app.get<{ Params: { id: string } }>(
      '/anh/:id',
      { schema: { hide: true } },
      async (request, reply) => {
        const candidate = UUID.test(request.params.id)
          ? await deps.repos.elections.getCandidate(request.params.id)
          : null;
        const district = candidate
          ? await deps.repos.elections.getDistrict(candidate.districtId)
          : null;
        const photo =
          district?.candidatesPublishedAt && candidate
            ? await deps.repos.elections.photo(candidate.id)
            : null;
        if (!photo) return reply.code(404).type('text/plain; charset=utf-8').send('Không có ảnh.');
        // An uploaded file: inert even if a browser were made to render it as a page.
        return reply
          .type(photo.type)
          .header('Cache-Control', 'public, max-age=3600')
          .header('X-Content-Type-Options', 'nosniff')
          .header('Content-Security-Policy', UPLOADED_FILE_CSP)
          .send(photo.bytes);
      },
    );

    // Subscribable calendars: the unguessable token in the path stands in for a cookie.
    app.get<{ Params: { token: string } }>(
      '/lich/:token',
      { schema: { hide: true } },
      async (request, reply) => {
        const cal = await calendarOfFeed(deps, request.params.token.replace(/\.ics$/, '')).catch(
          (err: unknown) => {
            if (err instanceof DomainError && err.code === 'not_found') return null;
            throw err;
          },
        );
        if (!cal)
          return reply.code(404).type('text/plain; charset=utf-8').send('Không có lịch này.');
        return reply
          .type('text/calendar; charset=utf-8')
          .header('Cache-Control', 'private, max-age=900')
          .header('Referrer-Policy', 'no-referrer')
          .send(
            renderIcs({ name: cal.name, events: milestoneEvents(cal.elections, cal.milestones) }),
          );
      },
    );
  };
}
