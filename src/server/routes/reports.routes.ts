import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { renderAdministrativeDocx } from '../../documents/administrative-docx';
import { summaryDocumentModel, summaryWorkbook } from '../../documents/summary-document';
import { renderXlsx } from '../../documents/xlsx';
import type { Actor } from '../../domain/accounts/access';
import type { Deps } from '../../domain/deps';
import { phaseSummary } from '../../domain/reports/phase-summary';
import { remindReports, reportGrid } from '../../domain/reports/report-grid';
import { reviewReport } from '../../domain/reports/review-report';
import { submitReport } from '../../domain/reports/submit-report';
import { weeklyReport } from '../../domain/reports/weekly-report';
import { civilDate } from '../../domain/shared/dates';
import { notFound } from '../../domain/shared/domain-error';
import { isWithin } from '../../domain/units/unit';
import { IdParamsSchema, problemResponses } from '../../contracts/common';
import {
  RemindRequestSchema,
  ReportGridQuerySchema,
  ReportGridResponseSchema,
  ReportResponseSchema,
  ReviewReportRequestSchema,
  SubmitReportRequestSchema,
  SummaryQuerySchema,
  SummaryResponseSchema,
  WeeklyReportQuerySchema,
  WeeklyReportResponseSchema,
} from '../../contracts/reports.contract';
import { z } from 'zod';
import { requireActor } from '../plugins/auth';
import { sendBytes } from './send-bytes';
import { toReportResponse, toSummaryResponse, toWeeklyReportResponse } from './report-mappers';

const tags = ['reports'];
type SummaryQuery = z.infer<typeof SummaryQuerySchema>;

/** Builds a summary and its document: the CLI and the routes share this. */
export async function summaryFiles(
  deps: Pick<Deps, 'repos' | 'clock'>,
  actor: Actor,
  q: SummaryQuery,
) {
  const s = await phaseSummary(deps, actor, {
    unitId: q.unitId,
    phase: q.phase ?? null,
    final: q.final === 'true',
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
  });
  const today = civilDate(deps.clock.now());
  const parent = s.unit.parentId ? await deps.repos.units.get(s.unit.parentId) : null;
  const model = summaryDocumentModel(s, {
    parent,
    issuedOn: today,
    year: Number(today.slice(0, 4)),
  });
  const name = `bao-cao-${s.kind === 'final' ? 'tong-ket' : 'so-ket'}-${s.from}-${s.to}`;
  return {
    summary: s,
    docx: () => renderAdministrativeDocx(model),
    xlsx: () => renderXlsx(summaryWorkbook(s)),
    name,
  };
}

const download = (reply: FastifyReply, type: string, name: string, body: Buffer) =>
  sendBytes(reply, body, { type, fileName: name });

export function reportsRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/reports/weekly',
      {
        schema: {
          tags,
          summary: "A unit's weekly report: stored, or pre-filled from the week's activities",
          querystring: WeeklyReportQuerySchema,
          response: { 200: WeeklyReportResponseSchema, ...problemResponses },
        },
      },
      async (request) =>
        toWeeklyReportResponse(await weeklyReport(deps, requireActor(request), request.query)),
    );
    r.post(
      '/reports',
      {
        schema: {
          tags,
          summary: 'Save or submit a report (idempotent per unit, kind and period)',
          body: SubmitReportRequestSchema,
          response: { 200: ReportResponseSchema, ...problemResponses },
        },
      },
      async (request) =>
        toReportResponse(await submitReport(deps, requireActor(request), request.body)),
    );
    r.get(
      '/reports/grid',
      {
        schema: {
          tags,
          summary: 'Children × weeks: weekly reports on time, late or missing',
          querystring: ReportGridQuerySchema,
          response: { 200: ReportGridResponseSchema, ...problemResponses },
        },
      },
      async (request) =>
        reportGrid(deps, requireActor(request), {
          unitId: request.query.unitId,
          count: request.query.weeks,
          ...(request.query.endDay ? { endDay: request.query.endDay } : {}),
        }),
    );
    r.post(
      '/reports/remind',
      {
        schema: {
          tags,
          summary: 'Remind units to submit a week’s report',
          body: RemindRequestSchema,
          response: { 200: z.object({ reminded: z.number().int() }), ...problemResponses },
        },
      },
      async (request) => ({
        reminded: await remindReports(deps, requireActor(request), request.body),
      }),
    );
    r.get(
      '/reports/summary',
      {
        schema: {
          tags,
          summary: 'Phase summary (sơ kết) or final report (tổng kết) over the subtree',
          querystring: SummaryQuerySchema,
          response: { 200: SummaryResponseSchema, ...problemResponses },
        },
      },
      async (request) =>
        toSummaryResponse((await summaryFiles(deps, requireActor(request), request.query)).summary),
    );
    r.get(
      '/reports/summary.docx',
      {
        schema: {
          tags,
          summary: 'The summary as DOCX (BÁO CÁO)',
          querystring: SummaryQuerySchema,
          response: problemResponses,
        },
      },
      async (request, reply) => {
        const f = await summaryFiles(deps, requireActor(request), request.query);
        return download(
          reply,
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          `${f.name}.docx`,
          await f.docx(),
        );
      },
    );
    r.get(
      '/reports/summary.xlsx',
      {
        schema: {
          tags,
          summary: 'The summary’s raw figures as XLSX',
          querystring: SummaryQuerySchema,
          response: problemResponses,
        },
      },
      async (request, reply) => {
        const f = await summaryFiles(deps, requireActor(request), request.query);
        return download(
          reply,
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          `${f.name}.xlsx`,
          await f.xlsx(),
        );
      },
    );
    r.get(
      '/reports/:id',
      {
        schema: {
          tags,
          summary: 'A stored report',
          params: IdParamsSchema,
          response: { 200: ReportResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const report = await deps.repos.reports.get(request.params.id);
        if (!report || !isWithin(report.unitPath, actor.unitPath)) throw notFound('báo cáo');
        return toReportResponse(report);
      },
    );
    for (const [action, accept] of [
      ['accept', true],
      ['return', false],
    ] as const) {
      r.post(
        `/reports/:id/${action}`,
        {
          schema: {
            tags,
            summary: accept ? 'Accept a submitted report' : 'Return a submitted report with a note',
            params: IdParamsSchema,
            body: ReviewReportRequestSchema,
            response: { 200: ReportResponseSchema, ...problemResponses },
          },
        },
        async (request) =>
          toReportResponse(
            await reviewReport(deps, requireActor(request), request.params.id, {
              accept,
              note: request.body.note ?? null,
            }),
          ),
      );
    }
  };
}
