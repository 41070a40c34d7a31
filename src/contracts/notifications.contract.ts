import { z } from 'zod';

export const NotificationResponseSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type NotificationResponse = z.infer<typeof NotificationResponseSchema>;

export const NotificationListQuerySchema = z.strictObject({
  unread: z.enum(['true', 'false']).optional(),
});
export const NotificationListResponseSchema = z.object({
  items: z.array(NotificationResponseSchema),
  unread: z.number().int(),
});
export type NotificationListResponse = z.infer<typeof NotificationListResponseSchema>;

export const MarkReadRequestSchema = z.strictObject({
  ids: z.array(z.uuid()).max(500).optional().describe('Omit to mark every notification read'),
});
export const MarkReadResponseSchema = z.object({ marked: z.number().int() });
