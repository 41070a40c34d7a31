import { z } from 'zod';
import { QUANTITY_CAP, int } from './common';
import { ApproxSchema } from './activities.contract';
import { ChannelSchema, PlanContentSchema } from './plans.contract';
import { uploadForm } from './upload-form';

/** The largest document read; the web refuses a larger one before sending it. */
export const IMPORT_FILE_MAX_BYTES = 50 * 1024 * 1024;

export const ImportDocumentForm = uploadForm(
  z.strictObject({
    unitId: z
      .uuid()
      .optional()
      .describe(
        'The unit the plan or figures are for (yours by default): assignments are matched among its units',
      ),
  }),
  {
    file: {
      maxBytes: IMPORT_FILE_MAX_BYTES,
      description:
        'The plan or report (at most 50 MB): .docx, .pdf, .html or .txt; the type is read from the content, the name is kept',
    },
  },
);

const Span = z.object({ start: z.number().int(), end: z.number().int() });

export const ImportDocumentResponseSchema = z.object({
  fileName: z.string(),
  documentHash: z
    .string()
    .describe('SHA-256 of the file; importing the same figures twice adds nothing'),
  format: z.enum(['txt', 'docx', 'pdf', 'html']),
  kind: z.enum(['plan', 'report', 'news']),
  extraction: z.record(z.string(), z.unknown()).describe('The fields of shared/extract/SCHEMA.md'),
  text: z.string().describe('The normalized text that the spans point into'),
  sources: z.record(z.string(), Span).describe('Field path → [start, end) in text'),
  warnings: z.array(z.string()),
  planDraft: PlanContentSchema.partial().describe('Ready to POST to /api/v1/plans as content'),
  unmatchedAssignments: z
    .array(z.number().int())
    .describe('Assignments whose unit must be chosen by hand'),
  figures: z.array(
    z.object({
      index: z.number().int(),
      what: z.string(),
      channel: ChannelSchema,
      extraChannels: z
        .array(ChannelSchema)
        .describe('Other channels the document names for the same figure'),
      outlet: z.string().nullable().describe('A named outlet: fanpage “Truyền hình Hạ Long”'),
      categoryCode: z.string(),
      quantity: z.number().int(),
      approx: z.boolean(),
      qualifier: ApproxSchema.nullable().describe(
        'How the document qualifies the number (trên → over)',
      ),
    }),
  ),
});
export type ImportDocumentResponse = z.infer<typeof ImportDocumentResponseSchema>;

export const RecordFiguresRequestSchema = z.strictObject({
  unitId: z.uuid(),
  occurredOn: z.iso
    .date()
    .describe('The day the figures are recorded on (usually the report’s date)'),
  documentHash: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string().max(255),
  figures: z
    .array(
      z.strictObject({
        index: int(0, 10_000),
        channel: ChannelSchema,
        extraChannels: z.array(ChannelSchema).max(14).optional(),
        outlet: z.string().max(200).nullable().optional(),
        approx: ApproxSchema.nullable().optional(),
        categoryCode: z.string().max(50),
        quantity: int(1, QUANTITY_CAP),
        title: z.string().max(500).nullable(),
      }),
    )
    .min(1)
    .max(500),
});
export const RecordFiguresResponseSchema = z.object({
  created: z.number().int(),
  alreadyImported: z.number().int(),
});
