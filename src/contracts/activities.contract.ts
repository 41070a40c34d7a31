import { z } from 'zod';
import { PageQuery, QUANTITY_CAP, int, queryInt } from './common';
import { APPROX_KINDS } from '../domain/activities/figures';
import { ChannelSchema } from './plans.contract';
import { formFlag, uploadForm, TABLE_FILE_MAX_BYTES } from './upload-form';
import { FILE_USES, largestCap } from '../domain/content/file-uses';

export const ApproxSchema = z
  .enum(APPROX_KINDS)
  .describe('How a figure is stated: over (trên), about (khoảng), at_least (ít nhất)');

const IsoDate = z.iso.date().describe('YYYY-MM-DD');

export const RecordActivityRequestSchema = z.strictObject({
  unitId: z.uuid(),
  occurredOn: IsoDate,
  channel: ChannelSchema,
  extraChannels: z
    .array(ChannelSchema)
    .max(14)
    .optional()
    .describe(
      'Other channels the same figure spans (84 tin, bài phát thanh, truyền hình): counted once',
    ),
  outlet: z
    .string()
    .max(200)
    .nullable()
    .optional()
    .describe('A named outlet within the channel, as stated: fanpage “Truyền hình Hạ Long”'),
  approx: ApproxSchema.nullable().optional().describe('null or absent when the figure is exact'),
  categoryCode: z.string().min(1).max(50),
  quantity: int(1, QUANTITY_CAP).describe(
    'A positive whole number in the category’s unit of measure',
  ),
  title: z.string().max(500).nullable().optional(),
  link: z.string().max(2000).nullable().optional(),
  taskId: z.uuid().nullable().optional(),
});

export const ActivityResponseSchema = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    unitName: z.string().optional(),
    areaUnitId: z
      .uuid()
      .nullable()
      .describe('The unit whose area the work covered (the ward owning the station played)'),
    areaName: z.string().nullable().optional(),
    occurredOn: z.string(),
    channel: ChannelSchema,
    channels: z.array(ChannelSchema).describe('Every channel of the figure, the main one first'),
    outlet: z.string().nullable(),
    approx: ApproxSchema.nullable(),
    categoryCode: z.string(),
    categoryName: z.string().optional(),
    quantity: z.number().int(),
    measureUnit: z.string(),
    title: z.string().nullable(),
    link: z.string().nullable(),
    taskId: z.uuid().nullable(),
    source: z.string(),
    hasPhoto: z.boolean().describe('A photo is kept as evidence: GET /activities/{id}/photo'),
    createdAt: z.string(),
  })
  .meta({ id: 'Activity' });
export type ActivityResponse = z.infer<typeof ActivityResponseSchema>;

export const ActivityListQuerySchema = z.strictObject({
  unitId: z.uuid().optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  channel: ChannelSchema.optional(),
  categoryCode: z.string().max(50).optional(),
  page: PageQuery,
  pageSize: queryInt(1, 500).default(50),
});
export const ActivityListResponseSchema = z.object({
  items: z.array(ActivityResponseSchema),
  total: z.number().int(),
});

export const ImportActivitiesForm = uploadForm(
  z.strictObject({
    mode: z.enum(['keep_valid', 'all_or_nothing']),
    dryRun: formFlag.optional().describe('"true" to check the file and record nothing'),
  }),
  { file: { maxBytes: TABLE_FILE_MAX_BYTES, description: 'The .csv or .xlsx file, ≤ 22 MB' } },
);

/** An activity's evidence photo: an image by its content, ≤ 10 MB. */
export const ActivityPhotoForm = uploadForm(z.strictObject({}), {
  photo: {
    maxBytes: largestCap(FILE_USES.activityPhoto),
    description: 'The photo (JPEG, PNG, GIF or WebP, checked by content), ≤ 10 MB',
  },
});
export const ImportActivitiesResponseSchema = z.object({
  total: z.number().int(),
  valid: z.number().int(),
  created: z.number().int(),
  applied: z.boolean(),
  errors: z.array(z.object({ line: z.number().int(), field: z.string(), message: z.string() })),
});

export const CategorySchema = z.object({
  code: z.string(),
  name: z.string(),
  channels: z.array(ChannelSchema),
  measureUnit: z.string(),
  maxPerEntry: z.number().int(),
  countsQuantity: z.boolean(),
  builtin: z.boolean(),
  active: z.boolean(),
});
export const CategoryListResponseSchema = z.object({ items: z.array(CategorySchema) });
export const CreateCategoryRequestSchema = z.strictObject({
  code: z.string().regex(/^[a-z0-9_]{2,40}$/),
  name: z.string().min(2).max(200),
  channels: z.array(ChannelSchema).max(15),
  measureUnit: z.string().min(1).max(50),
  maxPerEntry: int(1, QUANTITY_CAP),
  countsQuantity: z.boolean(),
});

export const RangeQuerySchema = z.strictObject({ from: IsoDate, to: IsoDate });

const FigureRowSchema = z.object({
  channel: ChannelSchema.describe('The first of channels'),
  channels: z
    .array(ChannelSchema)
    .describe('Every channel the figure spans: one figure over several is never split'),
  outlet: z.string().nullable().describe('A named outlet within the channel, as stated'),
  approx: ApproxSchema.nullable().describe(
    'null when exact; trên (over), khoảng (about), ít nhất (at least)',
  ),
  categoryCode: z.string(),
  categoryName: z.string(),
  measureUnit: z.string(),
  quantity: z.number(),
  entries: z.number().int(),
});
export type FigureRowResponse = z.infer<typeof FigureRowSchema>;
export const FiguresResponseSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  from: z.string(),
  to: z.string(),
  rows: z.array(FigureRowSchema),
  children: z.array(
    z.object({ unitId: z.uuid(), unitName: z.string(), rows: z.array(FigureRowSchema) }),
  ),
});
export type FiguresResponse = z.infer<typeof FiguresResponseSchema>;

const ComplianceSchema = {
  due: z.number().int(),
  met: z.number().int(),
  rate: z.number().nullable().describe('met ÷ due; null when nothing is due'),
  onTime: z.number().int().describe('Windows met by their end (đạt đúng hạn)'),
  late: z.number().int().describe('One-off windows met after their deadline (đạt nhưng trễ)'),
  inWindow: z.number().int().describe('Windows not yet ended and not yet met (đang trong kỳ)'),
  overdue: z.number().int().describe('Windows ended unmet (quá hạn chưa đạt)'),
};
export const ComplianceResponseSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  ...ComplianceSchema,
  children: z.array(z.object({ unitId: z.uuid(), unitName: z.string(), ...ComplianceSchema })),
});
export type ComplianceResponse = z.infer<typeof ComplianceResponseSchema>;

export const ObligationsQuerySchema = RangeQuerySchema.extend({
  onlyAssignedTo: z.enum(['true', 'false']).optional(),
});
export const ObligationsResponseSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      taskId: z.uuid(),
      planId: z.uuid(),
      taskTitle: z.string(),
      channel: z.string().nullable(),
      assigneeUnitId: z.uuid(),
      assigneeName: z.string(),
      kind: z.enum(['week', 'month', 'once']),
      key: z.string(),
      from: z.string(),
      to: z.string(),
      required: z.number().int(),
      done: z.number().int(),
      status: z.enum(['met', 'missed', 'pending', 'done_on_time', 'done_late', 'open', 'overdue']),
    }),
  ),
});
export type ObligationsResponse = z.infer<typeof ObligationsResponseSchema>;

export const TasksMetQuerySchema = z.strictObject({
  unitId: z.uuid().describe('The unit the activity would be recorded for'),
  channel: ChannelSchema,
  occurredOn: IsoDate,
});
export const TasksMetResponseSchema = z.object({
  meets: z
    .array(
      z.object({
        taskId: z.uuid(),
        taskTitle: z.string(),
        assigneeUnitId: z.uuid(),
        assigneeName: z.string(),
        issuerName: z.string().describe('The unit that assigned the task'),
        key: z.string().describe('The window: an ISO week (2022-W14), a month, or "once"'),
        from: z.string(),
        to: z.string(),
        required: z.number().int(),
        done: z.number().int(),
      }),
    )
    .describe(
      'Open tasks of the unit and the units above it that the activity would count towards',
    ),
  holderBelow: z
    .object({ unitId: z.uuid(), unitName: z.string(), taskTitle: z.string() })
    .nullable()
    .describe(
      'The one unit below holding the only open task on this channel that the entry would miss',
    ),
});
