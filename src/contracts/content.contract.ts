import { z } from 'zod';
import { formCount, uploadForm } from './upload-form';
import { int, PageQuery, queryInt } from './common';

const IsoDate = z.iso.date().describe('YYYY-MM-DD');
export const ContentKindSchema = z
  .enum(['audio', 'article', 'poster', 'slogans', 'video', 'legal', 'qa'])
  .describe('audio, article, poster/panel design, slogan list, video, legal document, Q&A');
export const ContentStatusSchema = z.enum(['draft', 'approved', 'withdrawn']);

export const CreateContentRequestSchema = z.strictObject({
  unitId: z.uuid().describe('The unit whose library the item belongs to'),
  kind: ContentKindSchema,
  title: z.string().min(1).max(300),
  summary: z.string().max(2000).optional(),
  themes: z.array(z.string().max(100)).max(20).optional(),
  electionId: z.uuid().nullable().optional(),
  validFrom: IsoDate.nullable().optional(),
  validUntil: IsoDate.nullable().optional().describe('After this day the item leaves schedules'),
  minorityLanguage: z
    .string()
    .max(60)
    .nullable()
    .optional()
    .describe('An ethnic-minority language the item is in besides Vietnamese'),
  body: z.string().max(100_000).optional().describe('Text of an article, slogans or Q&A'),
});

export const ContentFileSchema = z.object({
  name: z.string(),
  mediaType: z.string().describe('Detected from the content, never from the name'),
  size: z.number().int(),
  durationSeconds: z.number().nullable().describe('Read from the audio file itself'),
  url: z.string().describe('Where the signed-in user downloads it'),
});

export const ContentResponseSchema = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    unitName: z.string().optional(),
    kind: ContentKindSchema,
    title: z.string(),
    summary: z.string(),
    themes: z.array(z.string()),
    electionId: z.uuid().nullable(),
    validFrom: z.string().nullable(),
    validUntil: z.string().nullable(),
    language: z.literal('vi'),
    minorityLanguage: z.string().nullable(),
    body: z.string(),
    file: ContentFileSchema.nullable(),
    machineRead: z.boolean().describe('Read by a speech engine, not a person'),
    status: ContentStatusSchema,
    approvedAt: z.string().nullable(),
    selfCreated: z
      .boolean()
      .describe(
        'The viewer wrote or changed it, file included (and so cannot approve or publish it)',
      ),
    version: z
      .number()
      .int()
      .describe('Bumped by every change; send it back when approving what you looked at'),
    publishedAt: z.string().nullable(),
    publishedUnitId: z.uuid().nullable(),
    claimId: z.uuid().nullable(),
    own: z.boolean().describe('Of the viewer’s subtree (else received from above)'),
    received: z
      .object({ acknowledgedAt: z.string().nullable() })
      .nullable()
      .describe('Sent to the viewer’s unit: whether it acknowledged'),
    recipients: z.number().int().optional(),
    acknowledged: z.number().int().optional(),
    createdAt: z.string(),
  })
  .meta({ id: 'ContentItem' });
export type ContentResponse = z.infer<typeof ContentResponseSchema>;

export const ContentListQuerySchema = z.strictObject({
  kind: ContentKindSchema.optional(),
  status: ContentStatusSchema.optional(),
  search: z.string().max(200).optional(),
  page: PageQuery,
  pageSize: queryInt(1, 200).default(50),
});
export const ContentListResponseSchema = z.object({
  items: z.array(ContentResponseSchema),
  total: z.number().int(),
});

/** The largest file of the library (a video); each kind's own cap is checked by content. */
export const CONTENT_FILE_MAX_BYTES = 100 * 1024 * 1024;

export const ContentFileForm = uploadForm(
  z.strictObject({
    size: formCount.describe('The file’s length in bytes, sent before the file'),
  }),
  {
    file: {
      maxBytes: CONTENT_FILE_MAX_BYTES,
      description:
        'The file, sent after `size`; type checked by content (audio ≤ 50 MB, images ≤ 10 MB, documents ≤ 20 MB, video ≤ 100 MB)',
    },
  },
  'file',
);

export const DistributeRequestSchema = z.strictObject({
  unitIds: z.array(z.uuid()).min(1).max(5000),
  includeSubtree: z.boolean().describe('Send to every unit below each chosen unit as well'),
  distributedOn: z.iso
    .date()
    .optional()
    .describe(
      'For a past campaign entered after the fact: the day it was sent, within the item’s validity (an expired item may then be sent)',
    ),
});
export const DistributeResponseSchema = z.object({
  added: z.number().int(),
  skipped: z.number().int().describe('Units that already had the item'),
});

export const AcknowledgeRequestSchema = z.strictObject({
  unitId: z.uuid().optional().describe('The receiving unit; the user’s own unit by default'),
});
export const RecipientSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  distributedAt: z.string(),
  acknowledgedAt: z.string().nullable(),
});
export const RecipientListResponseSchema = z.object({
  items: z.array(RecipientSchema),
  total: z.number().int(),
  acknowledged: z.number().int(),
});

export const ApproveContentRequestSchema = z.strictObject({
  version: int(1)
    .optional()
    .describe(
      'The version the approver looked at; a newer one (a file replaced) answers 409. Without it, the version the server reads is approved (the workspace always sends it)',
    ),
});

export const PublishRequestSchema = z.strictObject({
  unitId: z.uuid().optional().describe('Whose news it appears in; the item’s unit by default'),
});

export const SpeakRequestSchema = z.strictObject({
  unitId: z.uuid(),
  title: z.string().min(1).max(300),
  text: z.string().min(1).max(5000).describe('Vietnamese text to read'),
  claimId: z.uuid().nullable().optional(),
});
export const SpeechStatusResponseSchema = z.object({
  available: z.boolean(),
  engine: z.string(),
  reason: z.string().nullable().describe('Why text-to-speech is not available, in Vietnamese'),
});
