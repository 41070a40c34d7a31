import { z } from 'zod';
import { int, queryInt } from './common';
import { CHANNELS } from '../domain/plans/plan';
import { UNIT_KINDS } from '../domain/units/unit';

const IsoDate = z.iso.date().describe('YYYY-MM-DD');
/** A date a draft may still lack: empty until typed, refused when the plan is submitted. */
const DraftDate = z
  .union([z.iso.date(), z.literal('')])
  .describe('YYYY-MM-DD, or empty while a draft does not have it yet');
export const ChannelSchema = z
  .enum(CHANNELS)
  .describe('Outreach channel code (shared/extract/channels.md)');
export const PlanStatusSchema = z.enum(['draft', 'submitted', 'issued', 'closed']);

const text = (max: number) => z.string().max(max);

const AssignmentUnitsShape = {
  unitId: z.uuid().nullable().describe('The assigned unit (the first one, when several)'),
  unitIds: z
    .array(z.uuid())
    .max(500)
    .optional()
    .describe('More units sharing the heading and the tasks; each gets every task'),
  allOf: z
    .strictObject({
      kind: z.enum(UNIT_KINDS).describe('Every active unit of this kind…'),
      underId: z.uuid().nullable().describe('…below this unit (the issuer when null)…'),
      exceptIds: z.array(z.uuid()).max(500).describe('…but these'),
    })
    .nullable()
    .optional()
    .describe('All units of a kind below ("các khu phố"), resolved when the plan is issued'),
};

export const PlanContentSchema = z.strictObject({
  title: text(500).describe('Trích yếu'),
  place: text(100).describe('Địa danh of the date line'),
  parentBody: text(200).describe('Header line of the parent body, upper case'),
  issuingBody: text(200).describe('Header line of the issuing body, upper case'),
  bodyCode: text(20).describe('Body part of the symbol: UBND in 51/KH-UBND'),
  electionId: z.uuid().nullable(),
  bases: z.array(z.strictObject({ text: text(1000), planId: z.uuid().nullable() })).max(50),
  preamble: text(2000),
  purposes: text(20_000).describe('Mục đích; one paragraph per line, "- " for bullets'),
  requirements: text(20_000),
  contentThemes: text(20_000),
  channels: z.array(ChannelSchema).max(15),
  channelsText: text(20_000),
  periodFrom: IsoDate.nullable(),
  periodTo: IsoDate.nullable(),
  timeText: text(5000),
  requireWeeklyReports: z
    .boolean()
    .default(false)
    .describe('Yêu cầu báo cáo tuần: the assignees report weekly over the period'),
  phases: z
    .array(z.strictObject({ name: text(100), from: DraftDate, to: DraftDate, peak: z.boolean() }))
    .max(20),
  assignments: z
    .array(
      z.strictObject({
        ...AssignmentUnitsShape,
        unitName: text(300).describe('The heading as the document prints it'),
        tasks: z
          .array(
            z.strictObject({
              text: text(5000),
              channel: ChannelSchema.nullable(),
              frequencyText: text(200).nullable(),
              recurrence: z
                .strictObject({
                  // A draft keeps what was typed; 1–100 is checked when it is submitted.
                  count: int(0, 10_000),
                  per: z.enum(['week', 'month']),
                })
                .nullable(),
              deadline: IsoDate.nullable(),
              target: text(300).nullable(),
            }),
          )
          .max(100),
      }),
    )
    .max(200),
  closing: text(2000),
  recipients: z
    .array(
      z.strictObject({
        name: text(300),
        purpose: z.enum(['b/c', 't/h', 'p/h']).nullable(),
        unitId: z.uuid().nullable(),
      }),
    )
    .max(100),
  archiveLine: text(200),
  signer: z.strictObject({ authority: text(100), position: text(100), name: text(100) }),
});
export type PlanContentRequest = z.infer<typeof PlanContentSchema>;

export const CreatePlanRequestSchema = z.strictObject({
  unitId: z.uuid(),
  content: PlanContentSchema.partial().optional(),
});
export const UpdatePlanRequestSchema = z.strictObject({
  version: int(1).describe('The version you loaded; a stale one is refused with 409'),
  content: PlanContentSchema.partial().describe(
    'Kept as typed, complete or not; what a plan needs is checked when it is submitted',
  ),
});
export const IssuePlanRequestSchema = z.strictObject({
  number: int(1, 99_999)
    .nullable()
    .optional()
    .describe('A reserved or paper number; the next one otherwise'),
  issuedOn: IsoDate.nullable().optional(),
});
export const ReturnPlanRequestSchema = z.strictObject({ note: z.string().min(1).max(2000) });
export const DerivePlanRequestSchema = z.strictObject({
  unitId: z.uuid().optional().describe('Your unit by default'),
});

export const PlanResponseSchema = PlanContentSchema.extend({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  status: PlanStatusSchema,
  number: z.number().int().nullable(),
  numberText: z.string().nullable().describe('51/KH-UBND'),
  issuedOn: z.string().nullable(),
  derivedFromId: z.uuid().nullable(),
  revisionOfId: z.uuid().nullable(),
  returnNote: z.string().nullable(),
  submittedBy: z.uuid().nullable(),
  editors: z
    .array(z.uuid())
    .describe('Who wrote or changed this version; none of them may issue it'),
  version: z.number().int(),
  updatedAt: z.string(),
}).meta({ id: 'Plan' });
export type PlanResponse = z.infer<typeof PlanResponseSchema>;

export const PlanListQuerySchema = z.strictObject({
  status: PlanStatusSchema.optional(),
  unitId: z.uuid().optional(),
  search: z.string().max(100).optional(),
  derivedFromId: z.uuid().optional(),
  issued: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: only plans in force or closed (issued), as the phase pickers need'),
});
export const PlanListItemSchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  scope: z
    .enum(['own', 'above'])
    .describe('own: of your subtree; above: issued by a unit above you and addressed down'),
  status: PlanStatusSchema,
  numberText: z.string().nullable(),
  issuedOn: z.string().nullable(),
  title: z.string(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  derivedFromId: z.uuid().nullable(),
  phases: z
    .array(z.object({ name: z.string(), from: z.string(), to: z.string(), peak: z.boolean() }))
    .describe('Its đợt, so a list of plans is enough to offer their phases as periods'),
  updatedAt: z.string(),
});
export type PlanListItemResponse = z.infer<typeof PlanListItemSchema>;
export const PlanListResponseSchema = z.object({
  items: z.array(PlanListItemSchema).describe('The newest 200 that match'),
  total: z.number().int().describe('How many match in all; more than items when the list is cut'),
});

export const DerivationsResponseSchema = z.object({
  items: z.array(
    z.object({
      unitId: z.uuid(),
      unitName: z.string(),
      pathText: z.string().describe('From below the issuer: "TP Cẩm Phả › Phường Cẩm Bình"'),
      depth: z.number().int().describe('1: assigned by this plan; 2: by a plan derived from it…'),
      fromPlanId: z.uuid().describe('The plan that gave the unit its work'),
      planId: z.uuid().nullable(),
      status: PlanStatusSchema.nullable(),
      state: z
        .enum(['issued', 'drafting', 'missing'])
        .describe('Its own plan issued, being drafted, or not started'),
    }),
  ),
});
export type DerivationsResponse = z.infer<typeof DerivationsResponseSchema>;

export const TaskResponseSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  planNumberText: z.string().nullable(),
  planTitle: z.string(),
  issuerName: z.string(),
  assigneeUnitId: z.uuid(),
  assigneeName: z.string(),
  title: z.string(),
  channel: ChannelSchema.nullable(),
  kind: z.enum(['once', 'recurring']),
  deadline: z.string().nullable(),
  recurrence: z.object({ count: z.number().int(), per: z.enum(['week', 'month']) }).nullable(),
  frequencyText: z.string().nullable(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  target: z.string().nullable(),
});
export type TaskResponse = z.infer<typeof TaskResponseSchema>;
export const TaskListQuerySchema = z.strictObject({
  planId: z.uuid().optional(),
  assigneeUnitId: z.uuid().optional(),
  withinUnitId: z
    .uuid()
    .optional()
    .describe('Only tasks assigned to this unit or to a unit under it'),
});
export const TaskListResponseSchema = z.object({ items: z.array(TaskResponseSchema) });

export const ReserveNumberRequestSchema = z.strictObject({
  unitId: z.uuid(),
  year: int(2000, 2100),
  typeCode: z.string().min(1).max(10).default('KH'),
  note: z.string().max(500).nullable().optional(),
});
export const RegisterEntrySchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  numberText: z.string(),
  year: z.number().int(),
  typeCode: z.string(),
  status: z.enum(['reserved', 'used']),
  entityId: z.uuid().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export const RegisterQuerySchema = z.strictObject({
  unitId: z.uuid(),
  year: queryInt(2000, 2100),
  typeCode: z.string().max(10).default('KH'),
});
export const RegisterResponseSchema = z.object({ items: z.array(RegisterEntrySchema) });

export const AssigneesPreviewRequestSchema = z.strictObject({
  issuerUnitId: z.uuid().describe('The unit whose plan it is'),
  assignment: z.strictObject(AssignmentUnitsShape),
});
export const AssigneesPreviewResponseSchema = z.object({
  total: z.number().int(),
  items: z
    .array(z.object({ id: z.uuid(), name: z.string() }))
    .describe('The first 200 units, in tree order'),
});
export type AssigneesPreviewResponse = z.infer<typeof AssigneesPreviewResponseSchema>;
