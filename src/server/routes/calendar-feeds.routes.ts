import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParamsSchema, OkResponseSchema, problemResponses } from '../../contracts/common';
import { FeedListResponseSchema } from '../../contracts/elections.contract';
import type { Deps } from '../../domain/deps';
import { findCalendarFeeds, revokeCalendarFeed } from '../../domain/elections/calendar-feeds';
import { requireActor } from '../plugins/auth';

const tags = ['elections'];

/** Your calendar feeds (made with POST /calendar-feeds): list them and revoke the ones you no longer use. */
export function calendarFeedsRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/calendar-feeds',
      {
        schema: {
          tags,
          summary: 'Your calendar feeds (what each shows and when it was made; not the token)',
          response: { 200: FeedListResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const feeds = await findCalendarFeeds(deps, requireActor(request));
        return { items: feeds.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })) };
      },
    );
    r.delete(
      '/calendar-feeds/:id',
      {
        schema: {
          tags,
          summary: 'Revoke one of your calendar feeds; its URL stops working',
          params: IdParamsSchema,
          response: { 200: OkResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        await revokeCalendarFeed(deps, requireActor(request), request.params.id);
        return { ok: true as const };
      },
    );
  };
}
