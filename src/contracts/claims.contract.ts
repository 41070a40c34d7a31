import { z } from 'zod';
import { PageQuery, REACH_CAP, int, queryInt } from './common';
import { CLAIM_STATUSES, VERDICTS } from '../domain/claims/claim';
import { FILE_USES, largestCap } from '../domain/content/file-uses';
import { uploadForm } from './upload-form';

const IsoDate = z.iso.date().describe('YYYY-MM-DD');
export const ClaimStatusSchema = z.enum(CLAIM_STATUSES);
export const VerdictSchema = z.enum(VERDICTS);
export const PlatformSchema = z.enum([
  'facebook',
  'zalo',
  'tiktok',
  'youtube',
  'website',
  'press',
  'word_of_mouth',
  'other',
]);

export const CreateClaimRequestSchema = z.strictObject({
  unitId: z.uuid(),
  text: z.string().min(1).max(5000).describe('What the claim says (never who said it)'),
  platform: PlatformSchema,
  link: z.string().max(2000).nullable().optional().describe('A public link where it was seen'),
  firstSeenOn: IsoDate,
  reach: int(0, REACH_CAP).nullable().optional().describe('Estimated views or shares'),
  topic: z.string().max(200).optional(),
});

export const ClaimResponseSchema = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    unitName: z.string().optional(),
    text: z.string(),
    platform: PlatformSchema,
    link: z.string().nullable(),
    hasScreenshot: z.boolean(),
    firstSeenOn: z.string(),
    reach: z.number().int().nullable(),
    topic: z.string(),
    status: ClaimStatusSchema,
    verdict: VerdictSchema.nullable(),
    groupId: z.uuid().describe('The case: the same rumour from many places shares it'),
    groupSize: z.number().int().optional(),
    correctionId: z.uuid().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Claim' });
export type ClaimResponse = z.infer<typeof ClaimResponseSchema>;

export const ClaimListQuerySchema = z.strictObject({
  status: ClaimStatusSchema.optional(),
  groupId: z.uuid().optional(),
  search: z.string().max(200).optional(),
  page: PageQuery,
  pageSize: queryInt(1, 200).default(50),
});
export const ClaimListResponseSchema = z.object({
  items: z.array(ClaimResponseSchema),
  total: z.number().int(),
});

export const ClaimStatusRequestSchema = z.strictObject({ status: ClaimStatusSchema });
export const ClaimStatusResponseSchema = z.object({
  changed: z.number().int().describe('Claims of the case moved'),
});
export const RegroupRequestSchema = z.strictObject({
  intoId: z.uuid().nullable().describe('A claim of the case to join; null to stand alone'),
});
export const CorrectionRequestSchema = z.strictObject({
  unitId: z.uuid().optional(),
  title: z.string().min(1).max(300),
  summary: z.string().max(2000).optional(),
  body: z.string().min(1).max(100_000),
});

export const ClaimSummarySchema = z.object({
  claims: z.number().int(),
  cases: z.number().int(),
  byVerdict: z.array(
    z.object({
      verdict: z.enum(['false', 'misleading', 'true', 'not_election', 'pending']),
      claims: z.number().int(),
      cases: z.number().int(),
    }),
  ),
  byStatus: z.array(z.object({ status: ClaimStatusSchema, claims: z.number().int() })),
  corrected: z.number().int(),
});
export const ClaimSummaryQuerySchema = z.strictObject({
  unitId: z.uuid().optional(),
  from: IsoDate,
  to: IsoDate,
});

/** A screenshot of where a claim was seen: an image by its content, ≤ 10 MB. */
export const ClaimScreenshotForm = uploadForm(z.strictObject({}), {
  screenshot: {
    maxBytes: largestCap(FILE_USES.claimScreenshot),
    description: 'The screenshot (JPEG, PNG, GIF or WebP, checked by content), ≤ 10 MB',
  },
});
