import { z } from 'zod';
import { queryInt } from './common';
import { ClaimSummarySchema } from './claims.contract';
import { ApproxSchema } from './activities.contract';
import { ChannelSchema } from './plans.contract';
import { UnitKindSchema } from './units.contract';

const IsoDate = z.iso.date();
export const NarrativeSchema = z.strictObject({
  results: z.string().max(20_000).describe('Kết quả nổi bật'),
  difficulties: z.string().max(20_000).describe('Khó khăn, vướng mắc'),
  proposals: z.string().max(20_000).describe('Đề xuất, kiến nghị'),
});
export const FigureRowSchema = z.object({
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
const ComplianceSchema = z.object({
  due: z.number().int(),
  met: z.number().int(),
  rate: z.number().nullable(),
});
const ReportStatusSchema = z.enum(['draft', 'submitted', 'accepted', 'returned']);

export const ReportResponseSchema = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    kind: z.enum(['weekly', 'phase', 'final']),
    periodKey: z.string(),
    from: z.string(),
    to: z.string(),
    dueOn: z.string(),
    status: ReportStatusSchema,
    narrative: NarrativeSchema,
    figures: z.array(FigureRowSchema),
    compliance: ComplianceSchema.nullable(),
    submittedAt: z.string().nullable().describe('When it was entered'),
    submittedOn: z
      .string()
      .nullable()
      .optional()
      .describe('The day it counts as sent (on time or late)'),
    enteredLater: z
      .boolean()
      .optional()
      .describe('Sent on an earlier day than it was entered: a past report entered after the fact'),
    readAt: z
      .string()
      .nullable()
      .optional()
      .describe(
        'When a unit above first opened it after it was sent; from then on it cannot be recalled',
      ),
    reviewNote: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Report' });
export type ReportResponse = z.infer<typeof ReportResponseSchema>;

export const WeeklyReportQuerySchema = z.strictObject({
  unitId: z.uuid(),
  week: z
    .string()
    .regex(/^\d{4}-W\d{2}$/)
    .describe('ISO week, e.g. 2022-W14'),
});
export const MissedSchema = z.object({
  taskTitle: z.string(),
  assigneeName: z.string(),
  key: z.string(),
  to: z.string(),
  status: z.string(),
  required: z.number().int(),
  done: z.number().int(),
});
export const WeeklyReportResponseSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  parentName: z.string().nullable().describe('The unit the report goes to'),
  week: z.object({ key: z.string(), from: z.string(), to: z.string(), dueOn: z.string() }),
  report: ReportResponseSchema.nullable().describe(
    'null while the report is only a pre-filled draft',
  ),
  narrative: NarrativeSchema,
  figures: z.array(FigureRowSchema),
  compliance: ComplianceSchema,
  missed: z.array(MissedSchema),
});
export type WeeklyReportResponse = z.infer<typeof WeeklyReportResponseSchema>;

export const SubmitReportRequestSchema = z.strictObject({
  unitId: z.uuid(),
  kind: z.enum(['weekly', 'phase', 'final']),
  periodKey: z.string().min(1).max(50).describe('2022-W14 for a week; the phase name or "final"'),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  narrative: NarrativeSchema,
  submit: z.boolean().describe('false saves a draft; true submits (idempotent)'),
  submittedOn: IsoDate.nullable()
    .optional()
    .describe(
      'The day it was really sent, for a report entered after the fact; not in the future nor before the period',
    ),
});
export const ReviewReportRequestSchema = z.strictObject({
  note: z.string().max(2000).nullable().optional(),
});

const WeekKey = z.string().regex(/^\d{4}-W\d{2}$/, 'Tuần dạng 2022-W14');
const GridStateSchema = z
  .enum(['on_time', 'late', 'missing', 'not_due', 'not_required'])
  .describe('not_required: before the unit existed or outside its reporting duty');
export const ReportGridQuerySchema = z.strictObject({
  unitId: z.uuid(),
  weeks: queryInt(1, 26).default(8),
  endDay: IsoDate.optional(),
  fromWeek: WeekKey.optional().describe('First week of a range (overrides weeks/endDay)'),
  toWeek: WeekKey.optional().describe('Last week of a range'),
  kind: UnitKindSchema.optional().describe('Only reporters of this kind (level)'),
  status: GridStateSchema.optional().describe('Only reporters with a week in this state'),
});
export const ReportGridResponseSchema = z.object({
  weeks: z.array(
    z.object({
      key: z.string(),
      from: z.string(),
      to: z.string(),
      dueOn: z.string(),
      label: z.string().describe('"Tuần 20 (16/05–22/05/2022)"'),
    }),
  ),
  rows: z.array(
    z.object({
      unitId: z.uuid(),
      unitName: z.string(),
      unitKind: UnitKindSchema,
      level: z.number().int().describe('Levels below the viewed unit (1 = child)'),
      ownerName: z.string().nullable().describe('The group the duty is owed to, if not the parent'),
      cells: z.array(
        z.object({
          week: z.string(),
          state: GridStateSchema,
          reportId: z.uuid().nullable(),
          enteredLater: z.boolean().optional().describe('Entered after the fact ("nhập sau")'),
        }),
      ),
    }),
  ),
  truncated: z.boolean(),
});
export type ReportGridResponse = z.infer<typeof ReportGridResponseSchema>;
export const RemindRequestSchema = z.strictObject({
  unitIds: z.array(z.uuid()).min(1).max(500),
  week: z.string().regex(/^\d{4}-W\d{2}$/),
});

export const SummaryQuerySchema = z.strictObject({
  unitId: z.uuid(),
  phase: z.string().max(100).optional().describe('Phase name, e.g. "Đợt 1"'),
  planId: z
    .uuid()
    .optional()
    .describe('The plan the phase belongs to, when plans of several years share its name'),
  final: z.enum(['true', 'false']).optional().describe('The whole period (tổng kết)'),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export const SummaryResponseSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  kind: z.enum(['phase', 'final']),
  phaseName: z.string().nullable(),
  planId: z.uuid().nullable().describe('The plan whose phase or period this is'),
  planTitle: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  figures: z.array(FigureRowSchema),
  byChild: z.array(
    z.object({ unitId: z.uuid(), unitName: z.string(), rows: z.array(FigureRowSchema) }),
  ),
  compliance: ComplianceSchema.extend({
    children: z.array(ComplianceSchema.extend({ unitId: z.uuid(), unitName: z.string() })),
  }),
  highlights: z.array(z.object({ unitName: z.string(), periodKey: z.string(), text: z.string() })),
  claims: ClaimSummarySchema.describe('Claims handled in the range, by verdict and status'),
  issued: z
    .object({ reportId: z.uuid(), number: z.number().int(), issuedOn: z.string() })
    .nullable()
    .describe(
      "The unit's own sơ kết of this phase, once issued: the report, its register number and date",
    ),
  byWeek: z
    .array(z.object({ weekStart: z.string(), channel: ChannelSchema, entries: z.number().int() }))
    .describe(
      'Activities recorded per ISO week (its Monday) and channel; empty for a working group',
    ),
});
export type SummaryResponse = z.infer<typeof SummaryResponseSchema>;
