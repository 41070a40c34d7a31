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
