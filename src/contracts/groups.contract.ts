import { z } from 'zod';
import { int } from './common';
import { ActivityResponseSchema } from './activities.contract';
import { TaskResponseSchema } from './plans.contract';
import { FigureRowSchema, NarrativeSchema, ReportResponseSchema } from './reports.contract';
import { UnitResponseSchema } from './units.contract';

const IsoDate = z.iso.date();

export const GroupMemberResponseSchema = z
  .object({
    id: z.uuid(),
    groupId: z.uuid(),
    member: UnitResponseSchema,
    role: z.string().describe('"Thành viên", "Cơ quan thường trực"…'),
    addedOn: z.string(),
    removedOn: z.string().nullable(),
  })
  .meta({ id: 'GroupMember' });
export type GroupMemberResponse = z.infer<typeof GroupMemberResponseSchema>;

export const GroupMemberListQuerySchema = z.strictObject({
  includeRemoved: z.enum(['true', 'false']).optional().describe('Also former members'),
});
export const GroupMemberListResponseSchema = z.object({
  items: z.array(GroupMemberResponseSchema),
});
export const AddGroupMemberRequestSchema = z.strictObject({
  memberId: z.uuid().describe("A unit of the group's parent's subtree"),
  role: z.string().min(1).max(200).optional().describe('Default "Thành viên"'),
  from: IsoDate.optional().describe('First day of membership and of the weekly duty (today)'),
  reportUntil: IsoDate.optional().describe(
    'Last day of the weekly duty, when the group works for one campaign (open-ended when absent)',
  ),
});
export const MemberParamsSchema = z.strictObject({
  id: z.uuid().describe('The group'),
  memberId: z.uuid().describe('The member unit'),
});
export const RemoveGroupMemberQuerySchema = z.strictObject({
  on: IsoDate.optional().describe('Last day of membership (today)'),
});

export const GroupWorkQuerySchema = z.strictObject({ from: IsoDate, to: IsoDate });
export const GroupWorkResponseSchema = z.object({
  from: z.string(),
  to: z.string(),
  figures: z.array(FigureRowSchema),
  byMember: z.array(
    z.object({
      unitId: z.uuid(),
      unitName: z.string(),
      from: z.string(),
      to: z.string(),
      tasks: z.array(TaskResponseSchema),
      figures: z.array(FigureRowSchema),
      activities: z.array(ActivityResponseSchema),
    }),
  ),
});
export type GroupWorkResponse = z.infer<typeof GroupWorkResponseSchema>;

export const IssueSummaryRequestSchema = z.strictObject({
  unitId: z.uuid(),
  phase: z
    .string()
    .min(1)
    .max(100)
    .nullable()
    .optional()
    .describe('Phase name, e.g. "Đợt 1"; none with `final`'),
  final: z
    .boolean()
    .optional()
    .describe('The tổng kết over the plan’s whole period instead of one phase’s sơ kết'),
  planId: z
    .uuid()
    .nullable()
    .optional()
    .describe('The plan whose phase is meant, when plans of several years share its name'),
  issuedOn: IsoDate,
  number: int(1, 99_999).nullable().optional(),
  narrative: NarrativeSchema.optional(),
});
export const IssuedSummaryResponseSchema = ReportResponseSchema.extend({
  number: z.number().int().describe("Number in the issuing unit's own register (BC)"),
  issuedOn: z.string(),
});
