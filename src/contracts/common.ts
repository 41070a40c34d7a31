import { z } from 'zod';

/** RFC 9457 problem details, as every error response of the API carries them. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string().describe('Vietnamese, human-readable summary'),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.string().describe('Stable machine code: validation, not_found, forbidden, conflict, …'),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .describe('Field-level problems, with the path of each offending field'),
    details: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('Machine-readable context, e.g. the id of an existing plan on a conflict'),
  })
  .meta({ id: 'Problem' });

export const IdParamsSchema = z.strictObject({ id: z.uuid().describe('Entity id') });

export const problemResponses = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  413: ProblemSchema,
  422: ProblemSchema,
  429: ProblemSchema,
  503: ProblemSchema,
} as const;

/** An upload's answers: the usual problems, and 507 when the server's file storage is full. */
export const uploadProblemResponses = { ...problemResponses, 507: ProblemSchema } as const;

export const OkResponseSchema = z.object({ ok: z.literal(true) });

/** The range of a PostgreSQL `integer` column, which every whole number we accept must fit. */
export const INT32_MIN = -2_147_483_648;
export const INT32_MAX = 2_147_483_647;

/**
 * The largest count any request may carry (votes, reach, quantities): far below 2^31, far above
 * any real tally. Each field states its own, usually smaller, cap.
 */
export const COUNT_CAP = 1_000_000_000;

const between = (min: number, max: number) => `Phải là số nguyên từ ${min} đến ${max}.`;

/**
 * A whole number within [min, max] (by default the range of an `integer` column), refused with a
 * Vietnamese message otherwise: a number past the column's range would reach the database and
 * fail there, as a 500, instead of at the boundary as a 400.
 */
export const int = (min = INT32_MIN, max = INT32_MAX) =>
  z
    .number({ error: between(min, max) })
    .int({ error: between(min, max) })
    .min(min, { error: between(min, max) })
    .max(max, { error: between(min, max) });

/** A measure that may be fractional (seconds of audio, a volume %) within [min, max]. */
export const measure = (min: number, max: number) =>
  z
    .number({ error: `Phải là số từ ${min} đến ${max}.` })
    .min(min, { error: `Phải là số từ ${min} đến ${max}.` })
    .max(max, { error: `Phải là số từ ${min} đến ${max}.` });

/** The most votes, voters or ballots one count can hold: more than any district has voters. */
export const VOTES_CAP = 10_000_000;
/** The most one activity entry can state (also a category's `maxPerEntry` ceiling). */
export const QUANTITY_CAP = 10_000_000;
/** The most views or shares a claim's reach can be estimated at. */
export const REACH_CAP = COUNT_CAP;

/** `int` read from a query string (`?page=2`). */
export const queryInt = (min = INT32_MIN, max = INT32_MAX) =>
  z.coerce
    .number({ error: between(min, max) })
    .int({ error: between(min, max) })
    .min(min, { error: between(min, max) })
    .max(max, { error: between(min, max) });

/** A page number of a list: beyond this no list of ours has rows, and OFFSET stays small. */
export const PageQuery = queryInt(1, 100_000).default(1);
