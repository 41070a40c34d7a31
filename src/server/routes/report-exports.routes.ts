import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IssuedPdfResponseSchema } from '../../contracts/certificates.contract';
import { IdParamsSchema, problemResponses } from '../../contracts/common';
import { issuedPdfsOf } from '../../documents/issued-pdf';
import type { Deps } from '../../domain/deps';
import { issuedDocumentOfReport } from '../../domain/documents/issued-report-document';
import { requireActor } from '../plugins/auth';
import { toIssuedPdf } from './issued-pdf-mapper';
import { sendBytes } from './send-bytes';

/** An issued sơ kết as it was sent: its signed PDF, and whether it is made and who signed it. */
export function reportExportsRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/reports/:id/document.pdf',
      {
        schema: {
          tags: ['reports'],
          summary: 'An issued sơ kết as the PDF made and signed after issue (needs LibreOffice)',
          params: IdParamsSchema,
          response: problemResponses,
        },
      },
      async (request, reply) => {
        const doc = await issuedDocumentOfReport(deps, requireActor(request), request.params.id);
        const bytes = await issuedPdfsOf(deps).pdfOf(doc);
        return sendBytes(reply, bytes, {
          type: 'application/pdf',
          fileName: `BC-${doc.numberText.replace('/', '-')}-${doc.issuedOn.slice(0, 4)}.pdf`,
        });
      },
    );
    r.get(
      '/reports/:id/issued-pdf',
      {
        schema: {
          tags: ['reports'],
          summary: 'Whether an issued sơ kết’s PDF is made, and who signed it',
          params: IdParamsSchema,
          response: { 200: IssuedPdfResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        return toIssuedPdf(
          await issuedDocumentOfReport(deps, requireActor(request), request.params.id),
        );
      },
    );
  };
}
