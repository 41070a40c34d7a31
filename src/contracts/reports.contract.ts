import { z } from 'zod';
import { ClaimSummarySchema } from './claims.contract';
import { ChannelSchema } from './plans.contract';

const IsoDate = z.iso.date();
const NarrativeSchema = z.strictObject({
  results: z.string().max(20_000).describe('Kết quả nổi bật'),
  difficulties: z.string().max(20_000).describe('Khó khăn, vướng mắc'),
  proposals: z.string().max(20_000).describe('Đề xuất, kiến nghị'),
});
const FigureRowSchema = z.object({
  channel: ChannelSchema,
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

export const ReportGridQuerySchema = z.strictObject({
  unitId: z.uuid(),
  weeks: z.coerce.number().int().min(1).max(26).default(8),
  endDay: IsoDate.optional(),
});
export const ReportGridResponseSchema = z.object({
  weeks: z.array(
    z.object({ key: z.string(), from: z.string(), to: z.string(), dueOn: z.string() }),
  ),
  rows: z.array(
    z.object({
      unitId: z.uuid(),
      unitName: z.string(),
      cells: z.array(
        z.object({
          week: z.string(),
          state: z.enum(['on_time', 'late', 'missing', 'not_due']),
          reportId: z.uuid().nullable(),
          enteredLater: z.boolean().optional().describe('Entered after the fact ("nhập sau")'),
        }),
      ),
    }),
  ),
});
export type ReportGridResponse = z.infer<typeof ReportGridResponseSchema>;
export const RemindRequestSchema = z.strictObject({
  unitIds: z.array(z.uuid()).min(1).max(500),
  week: z.string().regex(/^\d{4}-W\d{2}$/),
});

export const SummaryQuerySchema = z.strictObject({
  unitId: z.uuid(),
  phase: z.string().max(100).optional().describe('Phase name, e.g. "Đợt 1"'),
  final: z.enum(['true', 'false']).optional().describe('The whole period (tổng kết)'),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export const SummaryResponseSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  kind: z.enum(['phase', 'final']),
  phaseName: z.string().nullable(),
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
});
export type SummaryResponse = z.infer<typeof SummaryResponseSchema>;
