import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../domain/deps';
import {
  findMyNotifications,
  markNotificationsRead,
} from '../../domain/notifications/my-notifications';
import { problemResponses } from '../../contracts/common';
import {
  MarkReadRequestSchema,
  MarkReadResponseSchema,
  NotificationListQuerySchema,
  NotificationListResponseSchema,
} from '../../contracts/notifications.contract';
import { requireActor } from '../plugins/auth';
import { toNotificationResponse } from './mappers';

const tags = ['notifications'];

export function notificationsRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/notifications',
      {
        schema: {
          tags,
          summary: 'Your latest notifications and the unread count',
          querystring: NotificationListQuerySchema,
          response: { 200: NotificationListResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const { items, unread } = await findMyNotifications(deps, requireActor(request), {
          unreadOnly: request.query.unread === 'true',
        });
        return { items: items.map(toNotificationResponse), unread };
      },
    );
    r.post(
      '/notifications/read',
      {
        schema: {
          tags,
          summary: 'Mark notifications read (all when ids is omitted)',
          body: MarkReadRequestSchema,
          response: { 200: MarkReadResponseSchema, ...problemResponses },
        },
      },
      async (request) => ({
        marked: await markNotificationsRead(deps, requireActor(request), request.body.ids ?? 'all'),
      }),
    );
  };
}
