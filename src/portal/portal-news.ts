import type { NewsItem as PublishedNews } from '../domain/content/content.port';
import { publishedNews } from '../domain/content/published-news';
import type { Reads } from '../domain/deps';
import { civilDate } from '../domain/shared/dates';
import type { NewsItem, NewsSource } from './election-data';
import { newsUrl } from './news-list';

const PER_PAGE = 10;

const toPortal = (n: PublishedNews): NewsItem => ({
  title: n.title,
  url: newsUrl(n.id),
  publishedOn: civilDate(n.publishedAt),
  unitName: n.unitName,
  correction: n.claimId !== null,
});

/** News and corrections for a place's election page: what its own unit and every unit above it published. */
export function portalNews(deps: Reads<'content'>): NewsSource {
  const source: NewsSource = async (_election, place) =>
    (await publishedNews(deps, { unitPath: place.path, limit: PER_PAGE })).map(toPortal);
  // The places under one parent share everything published above them: two reads for all of
  // them instead of one each. Exact only while no place's own news could have been cut by the
  // shared limit; past that, each place reads its own.
  source.many = async (_election, parent, places) => {
    const cap = PER_PAGE * places.length;
    const [above, own] = await Promise.all([
      publishedNews(deps, { unitPath: parent.path, limit: PER_PAGE }),
      deps.repos.content.publishedNews({ unitIds: places.map((p) => p.id), limit: cap }),
    ]);
    if (own.length >= cap) return null;
    return new Map(
      places.map((place) => [
        place.id,
        [...above, ...own.filter((n) => n.unitId === place.id)]
          .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
          .slice(0, PER_PAGE)
          .map(toPortal),
      ]),
    );
  };
  return source;
}
