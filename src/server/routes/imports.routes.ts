import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { recordDocumentFigures } from '../../domain/activities/record-document-figures';
import type { Deps } from '../../domain/deps';
import { DomainError } from '../../domain/shared/domain-error';
import { authorize } from '../../domain/accounts/access';
import { getUnit } from '../../domain/units/get-unit';
import { activityDraftsFromExtraction } from '../../extract/activity-drafts';
import { planDraftFromExtraction } from '../../extract/plan-draft';
import { problemResponses } from '../../contracts/common';
import {
  ImportDocumentForm,
  ImportDocumentResponseSchema,
  RecordFiguresRequestSchema,
  RecordFiguresResponseSchema,
} from '../../contracts/imports.contract';
import { requireActor } from '../plugins/auth';
import { fitPlanDraft } from './fit-plan-draft';
import { acceptUploadForms, readUploadForm, uploadRoute } from './upload-form';

const tags = ['imports'];

export function importsRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    await acceptUploadForms(app);
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post(
      '/imports',
      {
        ...uploadRoute(ImportDocumentForm),
        schema: {
          tags,
          summary:
            'Read an existing plan or report (a form with its file) and propose a draft plan or activity figures from it',
          response: { 200: ImportDocumentResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { fields, files } = await readUploadForm(request, ImportDocumentForm);
        const unit = await getUnit(deps, actor, fields.unitId ?? actor.unitId);
        authorize(actor, 'work.write', unit.path);
        const { name: fileName, bytes } = files.file;
        const result = await deps.parsers.document({ fileName, bytes });
        if (!result.ok)
          throw new DomainError('validation', result.error.message, {
            issues: [{ path: 'file', message: result.error.message }],
            details: { code: result.error.code },
          });
        const candidates = await deps.repos.units.listWithin({ withinPath: unit.path });
        const draft = planDraftFromExtraction(result.extraction, candidates, result);
        const fitted = fitPlanDraft(draft.content);
        return {
          fileName,
          documentHash: createHash('sha256').update(bytes).digest('hex'),
          format: result.format,
          kind: result.extraction.kind,
          extraction: result.extraction,
          text: result.text,
          sources: result.sources,
          warnings: [...result.warnings, ...fitted.warnings],
          planDraft: fitted.content,
          unmatchedAssignments: draft.unmatched,
          figures: activityDraftsFromExtraction(
            result.extraction,
            await deps.repos.categories.list(),
            result,
          ),
        };
      },
    );
    r.post(
      '/imports/figures',
      {
        schema: {
          tags,
          summary:
            "Record an imported report's figures as activities (all or nothing; idempotent per document)",
          body: RecordFiguresRequestSchema,
          response: { 200: RecordFiguresResponseSchema, ...problemResponses },
        },
      },
      async (request) => recordDocumentFigures(deps, requireActor(request), request.body),
    );
  };
}
