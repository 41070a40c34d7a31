import { z } from 'zod';
import { CHANNELS } from '../domain/plans/plan';

/** ISO date, or a date known only to the month ("2021-04"). */
const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/)
  .describe('YYYY-MM-DD, or YYYY-MM when only the month is known');

export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

export const ElectionTypeSchema = z.enum(['NA_HDND', 'VILLAGE_HEAD', 'OTHER']);
export type ElectionType = z.infer<typeof ElectionTypeSchema>;

export const PurposeSchema = z.enum(['b/c', 't/h', 'p/h']);
export type Purpose = z.infer<typeof PurposeSchema>;

export const PhaseSchema = z.object({
  name: z.string().min(1),
  from: IsoDateSchema.nullable(),
  to: IsoDateSchema.nullable(),
});
export type Phase = z.infer<typeof PhaseSchema>;

export const AssignmentSchema = z.object({
  unit: z.string().min(1),
  tasks: z.array(z.string()),
  frequency: z.string().nullable(),
  deadline: IsoDateSchema.nullable(),
});
export type Assignment = z.infer<typeof AssignmentSchema>;

export const RecipientSchema = z.object({
  name: z.string().min(1),
  purpose: PurposeSchema.nullable(),
});
export type Recipient = z.infer<typeof RecipientSchema>;

export const SignerSchema = z.object({
  authority: z.string().nullable(),
  title: z.string().nullable(),
  name: z.string().nullable(),
});
export type Signer = z.infer<typeof SignerSchema>;

export const MetricSchema = z.object({
  what: z.string(),
  channel: ChannelSchema,
  count: z.number().int().nonnegative(),
  approx: z.boolean(),
});
export type Metric = z.infer<typeof MetricSchema>;

export const KindSchema = z.enum(['plan', 'report', 'news']);
export type Kind = z.infer<typeof KindSchema>;

/** The output contract of shared/extract/SCHEMA.md, one object per input file. */
export const ExtractionSchema = z.object({
  file: z.string(),
  kind: KindSchema,
  number: z.string().nullable().describe('số và ký hiệu, e.g. 51/KH-UBND'),
  issued_date: IsoDateSchema.nullable(),
  place: z.string().nullable().describe('địa danh of the date line'),
  issuer: z.string().nullable(),
  title: z.string().nullable().describe('trích yếu, or the headline'),
  election: z.object({
    type: ElectionTypeSchema.nullable(),
    term: z
      .string()
      .regex(/^\d{4}-\d{4}$/)
      .nullable(),
    election_date: IsoDateSchema.nullable(),
  }),
  bases: z.array(z.string()),
  period: z.object({ from: IsoDateSchema.nullable(), to: IsoDateSchema.nullable() }),
  phases: z.array(PhaseSchema),
  channels: z.array(ChannelSchema),
  assignments: z.array(AssignmentSchema),
  recipients: z.array(RecipientSchema),
  signer: SignerSchema.nullable(),
  metrics: z.array(MetricSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;

/** Character offsets [start, end) into the normalized text. */
export const SpanSchema = z.object({ start: z.number().int(), end: z.number().int() });
export type Span = z.infer<typeof SpanSchema>;

/** Field path ("number", "bases.0", "assignments.1.unit") → where its value was read. */
export const SourcesSchema = z.record(z.string(), SpanSchema);
export type Sources = z.infer<typeof SourcesSchema>;

export const ExtractErrorCodeSchema = z.enum([
  'empty',
  'not_a_document',
  'unsupported_type',
  'too_large',
  'zip_bomb',
  'docx_broken',
  'pdf_encrypted',
  'pdf_broken',
  'no_text',
  'read_failed',
  'too_complex',
]);
export type ExtractErrorCode = z.infer<typeof ExtractErrorCodeSchema>;

export const ExtractResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    extraction: ExtractionSchema,
    sources: SourcesSchema,
    text: z.string().describe('the normalized plain text the spans point into'),
    format: z.enum(['txt', 'docx', 'pdf', 'html']),
    warnings: z.array(z.string()).describe('Vietnamese notes, e.g. a legacy encoding converted'),
  }),
  z.object({
    ok: z.literal(false),
    file: z.string(),
    error: z.object({ code: ExtractErrorCodeSchema, message: z.string() }),
  }),
]);
export type ExtractResult = z.infer<typeof ExtractResultSchema>;
