import { z } from 'zod';

export const AcknowledgePlanRequestSchema = z.strictObject({
  unitId: z.uuid().optional().describe('The receiving unit; the user’s own unit by default'),
});

export const PlanReceiptSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  acknowledgedAt: z
    .string()
    .nullable()
    .describe('When the unit confirmed "đã nhận"; null if not yet'),
  acknowledgedByName: z.string().nullable().describe('Who confirmed it'),
});
export type PlanReceiptResponse = z.infer<typeof PlanReceiptSchema>;

export const PlanReceiptsResponseSchema = z.object({
  mine: PlanReceiptSchema.nullable().describe(
    'The viewer’s own unit, when the plan was sent to it',
  ),
  items: z
    .array(PlanReceiptSchema)
    .describe(
      'Every recipient for the issuing unit and those above it; the viewer’s subtree otherwise',
    ),
  all: z.boolean().describe('Whether the list is every recipient of the plan'),
  total: z.number().int(),
  acknowledged: z.number().int(),
});
export type PlanReceiptsResponse = z.infer<typeof PlanReceiptsResponseSchema>;
