import type { FastifyBaseLogger } from 'fastify';

/**
 * Purges portal pages from the CDN by tag: POSTs `{"tags": [...]}` as JSON to `url`, the operator's
 * purge endpoint (a CDN's tag-purge API, or a small relay in front of one). Pages carry the same
 * tags in `Cache-Tag`, so a candidate list corrected in one commune purges that commune's pages,
 * not the country's. Fire and forget: a purge that fails is logged, and the page's `max-age`
 * bounds how long the CDN may serve it stale.
 */
export function cdnPurger(url: string, log: FastifyBaseLogger): (tags: string[]) => void {
  return (tags) => {
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5000),
    })
      .then((res) => {
        if (!res.ok) log.warn({ status: res.status, tags }, 'CDN purge refused');
      })
      .catch((error: unknown) => log.warn({ err: error, tags }, 'CDN purge failed'));
  };
}
