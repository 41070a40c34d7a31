import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { claimsHandled } from '../../domain/claims/claim-counts';
import { attachScreenshot, claimScreenshot } from '../../domain/claims/claim-screenshot';
import { createClaim } from '../../domain/claims/create-claim';
import { deleteClaim } from '../../domain/claims/delete-claim';
import { findClaims } from '../../domain/claims/find-claims';
import {
  changeClaimStatus,
  getClaim,
  regroupClaim,
  writeCorrection,
} from '../../domain/claims/handle-claim';
import type { Deps } from '../../domain/deps';
import {
  ClaimListQuerySchema,
  ClaimListResponseSchema,
  ClaimResponseSchema,
  ClaimScreenshotForm,
  ClaimStatusRequestSchema,
  ClaimStatusResponseSchema,
  ClaimSummaryQuerySchema,
  ClaimSummarySchema,
  CorrectionRequestSchema,
  CreateClaimRequestSchema,
  RegroupRequestSchema,
} from '../../contracts/claims.contract';
import { ContentResponseSchema } from '../../contracts/content.contract';
import {
  IdParamsSchema,
  OkResponseSchema,
  problemResponses,
  uploadProblemResponses,
} from '../../contracts/common';
import { requireActor } from '../plugins/auth';
import { toClaimResponse, toContentResponse } from './content-mappers';
import { sendFile } from './upload';
import { acceptUploadForms, readUploadForm, uploadRoute } from './upload-form';

const tags = ['claims'];

export function claimsRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    await acceptUploadForms(app);
    const r = app.withTypeProvider<ZodTypeProvider>();
    const one = {
      params: IdParamsSchema,
      response: { 200: ClaimResponseSchema, ...problemResponses },
    };
    r.get(
      '/claims',
      {
        schema: {
          tags,
          summary: 'The misinformation log of your subtree',
          querystring: ClaimListQuerySchema,
          response: { 200: ClaimListResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const { items, total } = await findClaims(deps, requireActor(request), request.query);
        return { items: items.map(toClaimResponse), total };
      },
    );
    r.post(
      '/claims',
      {
        schema: {
          tags,
          summary: 'Log a claim; it joins the case of a similar one',
          body: CreateClaimRequestSchema,
          response: { 201: ClaimResponseSchema, ...problemResponses },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(toClaimResponse(await createClaim(deps, requireActor(request), request.body))),
    );
    r.get(
      '/claims/summary',
      {
        schema: {
          tags,
          summary: 'Claims handled, by verdict and status (for reports)',
          querystring: ClaimSummaryQuerySchema,
          response: { 200: ClaimSummarySchema, ...problemResponses },
        },
      },
      async (request) => claimsHandled(deps, requireActor(request), request.query),
    );
    r.get('/claims/:id', { schema: { tags, summary: 'One claim', ...one } }, async (request) =>
      toClaimResponse(await getClaim(deps, requireActor(request), request.params.id)),
    );
    r.delete(
      '/claims/:id',
      {
        schema: {
          tags,
          summary:
            'Delete a claim logged by mistake, while still new: its author or an officer of its desk; 409 once handled',
          params: IdParamsSchema,
          response: { 200: OkResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        await deleteClaim(deps, requireActor(request), request.params.id);
        return { ok: true as const };
      },
    );
    r.post(
      '/claims/:id/status',
      {
        schema: {
          tags,
          summary: 'Move the claim’s case on (verifying, a verdict, corrected, closed)',
          params: IdParamsSchema,
          body: ClaimStatusRequestSchema,
          response: { 200: ClaimStatusResponseSchema, ...problemResponses },
        },
      },
      async (request) => ({
        changed: (
          await changeClaimStatus(
            deps,
            requireActor(request),
            request.params.id,
            request.body.status,
          )
        ).length,
      }),
    );
    r.post(
      '/claims/:id/regroup',
      {
        schema: {
          tags,
          summary: 'File the claim under another case, or alone',
          body: RegroupRequestSchema,
          ...one,
        },
      },
      async (request) =>
        toClaimResponse(
          await regroupClaim(deps, requireActor(request), request.params.id, request.body.intoId),
        ),
    );
    r.post(
      '/claims/:id/correction',
      {
        schema: {
          tags,
          summary: 'Write the case’s correction as a draft article',
          params: IdParamsSchema,
          body: CorrectionRequestSchema,
          response: { 201: ContentResponseSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        return reply
          .code(201)
          .send(
            toContentResponse(
              await writeCorrection(deps, actor, request.params.id, request.body),
              actor,
            ),
          );
      },
    );
    r.put(
      '/claims/:id/screenshot',
      {
        ...uploadRoute(ClaimScreenshotForm),
        schema: {
          tags,
          summary: 'Upload a screenshot (a form with the image, ≤ 10 MB)',
          params: IdParamsSchema,
          response: { 200: OkResponseSchema, ...uploadProblemResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { files } = await readUploadForm(request, ClaimScreenshotForm);
        await attachScreenshot(deps, actor, request.params.id, files.screenshot.bytes);
        return { ok: true as const };
      },
    );
    r.get(
      '/claims/:id/screenshot',
      {
        schema: {
          tags,
          summary: 'The screenshot',
          params: IdParamsSchema,
          response: problemResponses,
        },
      },
      async (request, reply) => {
        const file = await claimScreenshot(deps, requireActor(request), request.params.id);
        return sendFile(reply, file.file, file.mediaType, 'anh-chup');
      },
    );
  };
}
