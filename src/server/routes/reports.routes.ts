import type { FastifyInstance } from 'fastify';
import { summaryFiles } from '../../documents/summary-files';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../domain/deps';
import { getReport } from '../../domain/reports/get-report';
import { markReportRead } from '../../domain/reports/mark-report-read';
import { recallReport } from '../../domain/reports/recall-report';
import { weeklyReportFile } from '../../documents/weekly-report-file';
import { remindReports, reportGrid } from '../../domain/reports/report-grid';
import { reviewReport } from '../../domain/reports/review-report';
import { submitReport } from '../../domain/reports/submit-report';
import { weeklyReport } from '../../domain/reports/weekly-report';
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
import { DOCX_TYPE, sendBytes, XLSX_TYPE } from './send-bytes';
import { toReportResponse, toSummaryResponse, toWeeklyReportResponse } from './report-mappers';

const tags = ['reports'];

/** The summary query of the API as the use case reads it. */
const summaryInput = (q: z.infer<typeof SummaryQuerySchema>) => ({
  unitId: q.unitId,
  phase: q.phase ?? null,
  planId: q.planId ?? null,
  final: q.final === 'true',
  ...(q.from ? { from: q.from } : {}),
  ...(q.to ? { to: q.to } : {}),
});

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
          summary: 'Every unit that must report, at any depth, × weeks: on time, late, missing',
          querystring: ReportGridQuerySchema,
          response: { 200: ReportGridResponseSchema, ...problemResponses },
        },
      },
      async (request) =>
        reportGrid(deps, requireActor(request), {
          unitId: request.query.unitId,
          count: request.query.weeks,
          ...(request.query.endDay ? { endDay: request.query.endDay } : {}),
          ...(request.query.fromWeek ? { fromWeek: request.query.fromWeek } : {}),
          ...(request.query.toWeek ? { toWeek: request.query.toWeek } : {}),
          ...(request.query.kind ? { kind: request.query.kind } : {}),
          ...(request.query.status ? { status: request.query.status } : {}),
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
        toSummaryResponse(
          (await summaryFiles(deps, requireActor(request), summaryInput(request.query))).summary,
        ),
    );
    for (const [ext, type, what] of [
      ['docx', DOCX_TYPE, 'The summary as DOCX (BÁO CÁO)'],
      ['xlsx', XLSX_TYPE, 'The summary’s raw figures as XLSX'],
    ] as const) {
      r.get(
        `/reports/summary.${ext}`,
        {
          schema: {
            tags,
            summary: what,
            querystring: SummaryQuerySchema,
            response: problemResponses,
          },
        },
        async (request, reply) => {
          const f = await summaryFiles(deps, requireActor(request), summaryInput(request.query));
          return sendBytes(reply, await f[ext](), { type, fileName: `${f.name}.${ext}` });
        },
      );
    }
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
      async (request) =>
        toReportResponse(await getReport(deps, requireActor(request), request.params.id)),
    );
    r.get(
      '/reports/:id/docx',
      {
        schema: {
          tags,
          summary: 'A weekly report as DOCX (BÁO CÁO kết quả công tác tuyên truyền tuần …)',
          params: IdParamsSchema,
          response: problemResponses,
        },
      },
      async (request, reply) => {
        const f = await weeklyReportFile(deps, requireActor(request), request.params.id);
        return sendBytes(reply, f.docx, { type: DOCX_TYPE, fileName: `${f.name}.docx` });
      },
    );
    r.post(
      '/reports/:id/read',
      {
        schema: {
          tags,
          summary:
            'Record that a unit above opened a sent report (idempotent; others change nothing)',
          params: IdParamsSchema,
          response: { 200: ReportResponseSchema, ...problemResponses },
        },
      },
      async (request) =>
        toReportResponse(await markReportRead(deps, requireActor(request), request.params.id)),
    );
    r.post(
      '/reports/:id/recall',
      {
        schema: {
          tags,
          summary: 'The reporting unit takes back a sent report not yet read above (back to draft)',
          params: IdParamsSchema,
          response: { 200: ReportResponseSchema, ...problemResponses },
        },
      },
      async (request) =>
        toReportResponse(await recallReport(deps, requireActor(request), request.params.id)),
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
