import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { acknowledgeContent } from '../../domain/content/acknowledge-content';
import { approveContent } from '../../domain/content/approve-content';
import { attachFile } from '../../domain/content/attach-file';
import { contentFile } from '../../domain/content/content-file';
import { createContent } from '../../domain/content/create-content';
import { deleteContent } from '../../domain/content/delete-content';
import { distributeContent } from '../../domain/content/distribute-content';
import { contentRecipients, findContent, getContentView } from '../../domain/content/find-content';
import { publishContent } from '../../domain/content/publish-content';
import { speakContent } from '../../domain/content/speak-content';
import type { Deps } from '../../domain/deps';
import {
  AcknowledgeRequestSchema,
  ContentListQuerySchema,
  ContentListResponseSchema,
  ContentResponseSchema,
  CreateContentRequestSchema,
  DistributeRequestSchema,
  DistributeResponseSchema,
  ApproveContentRequestSchema,
  PublishRequestSchema,
  RecipientListResponseSchema,
  SpeakRequestSchema,
  SpeechStatusResponseSchema,
  ContentFileForm,
} from '../../contracts/content.contract';
import {
  IdParamsSchema,
  OkResponseSchema,
  problemResponses,
  uploadProblemResponses,
} from '../../contracts/common';
import { requireActor } from '../plugins/auth';
import { toContentResponse } from './content-mappers';
import { sendFile } from './upload';
import { acceptUploadForms, streamUploadForm, uploadRoute } from './upload-form';

const tags = ['content'];

export function contentRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    await acceptUploadForms(app);
    const r = app.withTypeProvider<ZodTypeProvider>();
    const itemSchema = (summary: string, extra: object = {}) => ({
      schema: {
        tags,
        summary,
        params: IdParamsSchema,
        response: { 200: ContentResponseSchema, ...problemResponses },
        ...extra,
      },
    });
    r.get(
      '/content',
      {
        schema: {
          tags,
          summary: 'The content library: own subtree and items received from above',
          querystring: ContentListQuerySchema,
          response: { 200: ContentListResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { items, total } = await findContent(deps, actor, request.query);
        return { items: items.map((i) => toContentResponse(i, actor)), total };
      },
    );
    r.post(
      '/content',
      {
        schema: {
          tags,
          summary: 'Add a draft item (attach its file next)',
          body: CreateContentRequestSchema,
          response: { 201: ContentResponseSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        return reply
          .code(201)
          .send(toContentResponse(await createContent(deps, actor, request.body), actor));
      },
    );
    r.get('/content/:id', itemSchema('One item'), async (request) => {
      const actor = requireActor(request);
      return toContentResponse(await getContentView(deps, actor, request.params.id), actor);
    });
    r.delete(
      '/content/:id',
      {
        schema: {
          tags,
          summary:
            'Delete a draft (never approved): its author or an officer of its unit; 409 once approved',
          params: IdParamsSchema,
          response: { 200: OkResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        await deleteContent(deps, requireActor(request), request.params.id);
        return { ok: true as const };
      },
    );
    r.put(
      '/content/:id/file',
      {
        ...uploadRoute(ContentFileForm),
        schema: {
          tags,
          summary: 'Upload the item’s file (a form: its length, then the file, read as it arrives)',
          params: IdParamsSchema,
          response: { 200: ContentResponseSchema, ...uploadProblemResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { file } = await streamUploadForm(request, ContentFileForm);
        const item = await attachFile(deps, actor, request.params.id, {
          file: file.stream,
          fileName: file.name,
        });
        return toContentResponse(item, actor);
      },
    );
    r.get(
      '/content/:id/file',
      {
        schema: {
          tags,
          summary: 'The item’s file, with its real type, to those who may read the item',
          params: IdParamsSchema,
          response: problemResponses,
        },
      },
      async (request, reply) => {
        const file = await contentFile(deps, requireActor(request), request.params.id);
        return sendFile(reply, file.file, file.mediaType, file.name);
      },
    );
    r.post(
      '/content/:id/approve',
      itemSchema('A leader approves the version they looked at (never one they wrote or changed)', {
        body: ApproveContentRequestSchema.nullish(),
      }),
      async (request) => {
        const actor = requireActor(request);
        const item = await approveContent(deps, actor, request.params.id, request.body ?? {});
        return toContentResponse(item, actor);
      },
    );
    r.post(
      '/content/:id/distribute',
      {
        schema: {
          tags,
          summary: 'Send the item to chosen units or whole subtrees',
          params: IdParamsSchema,
          body: DistributeRequestSchema,
          response: { 200: DistributeResponseSchema, ...problemResponses },
        },
      },
      async (request) =>
        distributeContent(deps, requireActor(request), request.params.id, request.body),
    );
    r.get(
      '/content/:id/recipients',
      {
        schema: {
          tags,
          summary: 'Who it was sent to and who has not acknowledged (within your subtree)',
          params: IdParamsSchema,
          response: { 200: RecipientListResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const res = await contentRecipients(deps, requireActor(request), request.params.id);
        return {
          ...res,
          items: res.items.map((i) => ({
            unitId: i.unitId,
            unitName: i.unitName,
            distributedAt: i.distributedAt.toISOString(),
            acknowledgedAt: i.acknowledgedAt?.toISOString() ?? null,
          })),
        };
      },
    );
    r.post(
      '/content/:id/acknowledge',
      {
        schema: {
          tags,
          summary: 'The receiving unit confirms "đã nhận" (idempotent)',
          params: IdParamsSchema,
          body: AcknowledgeRequestSchema,
          response: { 200: OkResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        await acknowledgeContent(deps, requireActor(request), request.params.id, request.body);
        return { ok: true as const };
      },
    );
    r.post(
      '/content/:id/publish',
      itemSchema(
        'Publish an approved article to a unit’s news on the portal (records an activity)',
        { body: PublishRequestSchema },
      ),
      async (request) => {
        const actor = requireActor(request);
        const body = (request.body ?? {}) as { unitId?: string };
        return toContentResponse(await publishContent(deps, actor, request.params.id, body), actor);
      },
    );
    r.get(
      '/speech',
      {
        schema: {
          tags,
          summary: 'Whether text-to-speech is available on this server',
          response: { 200: SpeechStatusResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        requireActor(request);
        return { ...(await deps.speech.status()), engine: deps.speech.name };
      },
    );
    r.post(
      '/content/speech',
      {
        schema: {
          tags,
          summary: 'Make a machine-read audio item from text (503 when no engine is installed)',
          body: SpeakRequestSchema,
          response: { 201: ContentResponseSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        return reply
          .code(201)
          .send(toContentResponse(await speakContent(deps, actor, request.body), actor));
      },
    );
  };
}
