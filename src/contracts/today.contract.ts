import { z } from 'zod';

export const ApproverSchema = z.object({
  name: z.string(),
  role: z.enum(['admin', 'leader', 'officer', 'viewer']),
  unitName: z.string(),
});

export const TodayLineSchema = z.object({
  kind: z
    .enum([
      'report',
      'document',
      'issued_plan',
      'task',
      'milestone',
      'content',
      'plan',
      'weekly_report',
      'claim',
      'phase_summary',
    ])
    .describe('What the line is about'),
  id: z.string().describe('Id of the item (a week key for a report due)'),
  title: z.string(),
  unitName: z
    .string()
    .describe('The unit concerned: the sender of a document, the election of a step'),
  date: z.string().describe('YYYY-MM-DD: a deadline, or the day it started waiting'),
  status: z.enum(['due', 'due_today', 'late', 'met', 'pending', 'missed', 'soon', 'waiting']),
  detail: z
    .string()
    .nullable()
    .describe("A claim's status, a report's draft/returned, a recurring window's done/required"),
  byName: z.string().nullable().describe('Who wrote or sent an item awaiting you'),
  approvers: z.array(ApproverSchema).describe('Who can decide an item of yours awaiting others'),
  link: z.string().describe('Where the line opens (a path under /app)'),
});
export type TodayLine = z.infer<typeof TodayLineSchema>;

export const TodayResponseSchema = z.object({
  today: z.string(),
  week: z.object({ key: z.string(), from: z.string(), to: z.string() }),
  total: z.number().int().describe('Lines still to act on (tasks already met excluded)'),
  groups: z.array(
    z.object({
      key: z.enum(['reports', 'approvals', 'documents', 'tasks', 'waiting', 'milestones']),
      count: z.number().int(),
      lines: z.array(TodayLineSchema),
    }),
  ),
});
export type TodayResponse = z.infer<typeof TodayResponseSchema>;

export const ContentApproversResponseSchema = z.object({
  items: z
    .array(ApproverSchema)
    .describe('Leaders who may approve the draft (not its writers); empty once it is not a draft'),
});
export type ContentApproversResponse = z.infer<typeof ContentApproversResponseSchema>;
