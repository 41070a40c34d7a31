import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { renderAdministrativeDocx } from '../../documents/administrative-docx';
import { convertDocxToPdf } from '../../documents/pdf';
import { PdfUnavailableError } from '../../documents/pdf-errors';
import { planDocumentModel, planFileName } from '../../documents/plan-document';
import { planAssignmentsWorkbook } from '../../documents/plan-assignments-xlsx';
import { renderXlsx } from '../../documents/xlsx';
import type { Deps } from '../../domain/deps';
import { getPlan } from '../../domain/plans/get-plan';
import { civilDate } from '../../domain/shared/dates';
import { DomainError } from '../../domain/shared/domain-error';
import { IdParamsSchema, problemResponses } from '../../contracts/common';
import { requireActor } from '../plugins/auth';
import { sendBytes } from './send-bytes';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const download = (reply: FastifyReply, type: string, name: string, body: Buffer) =>
  sendBytes(reply, body, { type, fileName: name });

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
        return download(
          reply,
          DOCX,
          planFileName(plan, 'docx'),
          await renderAdministrativeDocx(model),
        );
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
        try {
          return download(
            reply,
            'application/pdf',
            planFileName(plan, 'pdf'),
            await convertDocxToPdf(await renderAdministrativeDocx(model)),
          );
        } catch (error) {
          if (error instanceof PdfUnavailableError)
            throw new DomainError('unavailable', error.message);
          throw error;
        }
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
        return download(
          reply,
          XLSX,
          planFileName(plan, 'xlsx'),
          await renderXlsx(planAssignmentsWorkbook(plan)),
        );
      },
    );
  };
}
