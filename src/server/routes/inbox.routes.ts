import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problemResponses } from '../../contracts/common';
import { InboxQuerySchema, InboxResponseSchema } from '../../contracts/inbox.contract';
import type { Deps } from '../../domain/deps';
import { findInbox } from '../../domain/documents/inbox';
import { verifyDocument } from '../../domain/documents/verify-document';
import {
  VerifyDocumentRequestSchema,
  VerifyDocumentResponseSchema,
} from '../../contracts/certificates.contract';
import { requireActor } from '../plugins/auth';

/** "Văn bản đến": the documents sent to a unit, each with its signature and receipt; and checking any signed PDF. */
export function inboxRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
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
        schema: {
          tags: ['documents'],
          summary:
            'Check a signed PDF: who signed, when, whether it changed since, whether it chains to a trusted root',
          body: VerifyDocumentRequestSchema,
          response: { 200: VerifyDocumentResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const checks = await verifyDocument(
          deps,
          requireActor(request),
          Buffer.from(request.body.fileBase64, 'base64'),
        );
        return {
          signatures: checks.map((c) => ({ ...c, signedAt: c.signedAt?.toISOString() ?? null })),
        };
      },
    );
  };
}
