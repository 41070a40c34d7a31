import { publishedNews } from '../domain/content/published-news';
import type { Deps } from '../domain/deps';
import { civilDate } from '../domain/shared/dates';
import type { NewsSource } from './election-data';
import { newsUrl } from './news-list';

/** News and corrections for a place's election page: what its own unit and every unit above it published. */
export function portalNews(deps: Pick<Deps, 'repos'>): NewsSource {
  return async (_election, place) =>
    (await publishedNews(deps, { unitPath: place.path, limit: 10 })).map((n) => ({
      title: n.title,
      url: newsUrl(n.id),
      publishedOn: civilDate(n.publishedAt),
      unitName: n.unitName,
      correction: n.claimId !== null,
    }));
}
