import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { renderAdministrativeDocx } from '../../documents/administrative-docx';
import { convertDocxToPdf } from '../../documents/pdf';
import { planDocumentModel, planFileName } from '../../documents/plan-document';
import { planAssignmentsWorkbook } from '../../documents/plan-assignments-xlsx';
import { renderXlsx } from '../../documents/xlsx';
import type { Deps } from '../../domain/deps';
import { getPlan } from '../../domain/plans/get-plan';
import { civilDate } from '../../domain/shared/dates';
import { IdParamsSchema, problemResponses } from '../../contracts/common';
import { requireActor } from '../plugins/auth';
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
          summary: 'The plan as PDF (needs LibreOffice on the server)',
          params: IdParamsSchema,
          response: binary,
        },
      },
      async (request, reply) => {
        const { plan, model } = await load(requireActor(request), request.params.id);
        // Without LibreOffice this throws PdfUnavailableError, a 503 with a message saying so.
        return sendBytes(reply, await convertDocxToPdf(await renderAdministrativeDocx(model)), {
          type: 'application/pdf',
          fileName: planFileName(plan, 'pdf'),
        });
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
