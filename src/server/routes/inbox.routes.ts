import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problemResponses } from '../../contracts/common';
import { InboxQuerySchema, InboxResponseSchema } from '../../contracts/inbox.contract';
import type { Deps } from '../../domain/deps';
import { findInbox } from '../../domain/documents/inbox';
import { verifyDocument } from '../../domain/documents/verify-document';
import {
  VerifyDocumentForm,
  VerifyDocumentResponseSchema,
} from '../../contracts/certificates.contract';
import { requireActor } from '../plugins/auth';
import { acceptUploadForms, readUploadForm, uploadRoute } from './upload-form';

/** "Văn bản đến": the documents sent to a unit, each with its signature and receipt; and checking any signed PDF. */
export function inboxRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    await acceptUploadForms(app);
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/inbox',
      {
        schema: {
          tags: ['documents'],
          summary: 'A unit’s incoming documents (văn bản đến), newest first',
          querystring: InboxQuerySchema,
          response: { 200: InboxResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const inbox = await findInbox(deps, requireActor(request), request.query.unitId);
        return {
          ...inbox,
          items: inbox.items.map((i) => ({
            ...i,
            receivedAt: i.receivedAt?.toISOString() ?? null,
          })),
        };
      },
    );
    r.post(
      '/documents/verify',
      {
        ...uploadRoute(VerifyDocumentForm),
        schema: {
          tags: ['documents'],
          summary:
            'Check a signed PDF (a form with the file): who signed, when, whether it changed since, whether it chains to a trusted root',
          response: { 200: VerifyDocumentResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { files } = await readUploadForm(request, VerifyDocumentForm);
        const checks = await verifyDocument(deps, actor, files.file.bytes);
        return {
          signatures: checks.map((c) => ({ ...c, signedAt: c.signedAt?.toISOString() ?? null })),
        };
      },
    );
  };
}
