import type { Reads } from '../deps';
import type { NewsItem } from './content.port';

/**
 * The portal's news: published articles and corrections, newest first, for the public (no actor).
 * `unitPath`: a voter's place, so the news of that unit and every unit above it; `unitIds`:
 * exactly those units; `withinPath`: every unit of a subtree. Nothing given: all news.
 */
export async function publishedNews(
  deps: Reads<'content'>,
  input: { unitPath?: string; unitIds?: string[]; withinPath?: string; limit?: number },
): Promise<NewsItem[]> {
  const limit = Math.min(Math.max(input.limit ?? 10, 1), 100);
  const unitIds = input.unitPath ? input.unitPath.split('/').filter(Boolean) : input.unitIds;
  return deps.repos.content.publishedNews({
    ...(unitIds ? { unitIds } : {}),
    ...(input.withinPath ? { withinPath: input.withinPath } : {}),
    limit,
  });
}

/** One published article for its own page; null when it is not (or no longer) published. */
export async function getNewsItem(deps: Reads<'content'>, id: string): Promise<NewsItem | null> {
  return deps.repos.content.getNews(id);
}
