import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { renderAdministrativeDocx } from '../../documents/administrative-docx';
import { issuedPdfsOf } from '../../documents/issued-pdf';
import { convertDocxToPdf } from '../../documents/pdf';
import { issuedDocumentOfPlan } from '../../domain/documents/issued-document-of';
import { planDocumentModel, planFileName } from '../../documents/plan-document';
import { planAssignmentsWorkbook } from '../../documents/plan-assignments-xlsx';
import { renderXlsx } from '../../documents/xlsx';
import type { Deps } from '../../domain/deps';
import { getPlan } from '../../domain/plans/get-plan';
import { civilDate } from '../../domain/shared/dates';
import { IdParamsSchema, problemResponses } from '../../contracts/common';
import { IssuedPdfResponseSchema } from '../../contracts/certificates.contract';
import { conflict } from '../../domain/shared/domain-error';
import { requireActor } from '../plugins/auth';
import { toIssuedPdf } from './issued-pdf-mapper';
import { DOCX_TYPE, sendBytes, XLSX_TYPE } from './send-bytes';

export function planExportsRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const load = async (actor: Parameters<typeof getPlan>[1], id: string) => {
      const { plan } = await getPlan(deps, actor, id);
      return {
        plan,
        model: planDocumentModel(plan, Number(civilDate(deps.clock.now()).slice(0, 4))),
      };
    };
    // Binary bodies bypass the JSON serializer, so only the error responses carry schemas.
    const binary = problemResponses;
    r.get(
      '/plans/:id/document.docx',
      {
        schema: {
          tags: ['plans'],
          summary: 'The plan as DOCX in the state format',
          params: IdParamsSchema,
          response: binary,
        },
      },
      async (request, reply) => {
        const { plan, model } = await load(requireActor(request), request.params.id);
        return sendBytes(reply, await renderAdministrativeDocx(model), {
          type: DOCX_TYPE,
          fileName: planFileName(plan, 'docx'),
        });
      },
    );
    r.get(
      '/plans/:id/document.pdf',
      {
        schema: {
          tags: ['plans'],
          summary:
            'The plan as PDF: once issued, the copy made and signed with the unit’s certificate (needs LibreOffice)',
          params: IdParamsSchema,
          response: binary,
        },
      },
      async (request, reply) => {
        const { plan, model } = await load(requireActor(request), request.params.id);
        // An issued plan's PDF is the one made and signed after issue; a draft's is made now.
        // Without LibreOffice either throws PdfUnavailableError, a 503 with a message saying so.
        const issued = await issuedDocumentOfPlan(deps, plan);
        const bytes = issued
          ? await issuedPdfsOf(deps).pdfOf(issued)
          : await convertDocxToPdf(await renderAdministrativeDocx(model));
        return sendBytes(reply, bytes, {
          type: 'application/pdf',
          fileName: planFileName(plan, 'pdf'),
        });
      },
    );
    r.get(
      '/plans/:id/issued-pdf',
      {
        schema: {
          tags: ['plans'],
          summary: 'Whether the issued plan’s PDF is made, and who signed it',
          params: IdParamsSchema,
          response: { 200: IssuedPdfResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const { plan } = await getPlan(deps, requireActor(request), request.params.id);
        const doc = await issuedDocumentOfPlan(deps, plan);
        if (!doc) throw conflict('Kế hoạch chưa ban hành nên chưa có bản PDF ký số.');
        return toIssuedPdf(doc);
      },
    );
    r.get(
      '/plans/:id/assignments.xlsx',
      {
        schema: {
          tags: ['plans'],
          summary: "The plan's assignments as XLSX",
          params: IdParamsSchema,
          response: binary,
        },
      },
      async (request, reply) => {
        const { plan } = await load(requireActor(request), request.params.id);
        return sendBytes(reply, await renderXlsx(planAssignmentsWorkbook(plan)), {
          type: XLSX_TYPE,
          fileName: planFileName(plan, 'xlsx'),
        });
      },
    );
  };
}
