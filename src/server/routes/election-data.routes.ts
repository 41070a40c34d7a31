import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParamsSchema, OkResponseSchema, problemResponses } from '../../contracts/common';
import {
  CandidateListResponseSchema,
  CandidateRequestSchema,
  CandidateResponseSchema,
  ImportPollingForm,
  ImportPollingResponseSchema,
  CandidatePhotoForm,
  PollingResponseSchema,
  ResultListResponseSchema,
  ResultRequestSchema,
} from '../../contracts/elections.contract';
import type { Deps } from '../../domain/deps';
import { getDistrict } from '../../domain/elections/election-access';
import {
  deleteCandidate,
  publishCandidates,
  saveCandidate,
  setCandidatePhoto,
} from '../../domain/elections/manage-candidates';
import { findPolling, importPollingAreas } from '../../domain/elections/manage-polling';
import { findResults, publishResults, saveResult } from '../../domain/elections/manage-results';
import { notFound } from '../../domain/shared/domain-error';
import { requireActor } from '../plugins/auth';
import { sendFile } from './upload';
import { acceptUploadForms, readUploadForm, uploadRoute } from './upload-form';
import {
  toCandidateResponse,
  toDistrictResponse,
  toPollingAreaResponse,
  toResultResponse,
} from './election-mappers';

const tags = ['elections'];

/** Districts, polling areas, candidates and results of an election. */
export function electionDataRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    await acceptUploadForms(app);
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/elections/:id/polling',
      {
        schema: {
          tags,
          summary: 'Electoral districts and polling areas in your subtree',
          params: IdParamsSchema,
          response: { 200: PollingResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const p = await findPolling(deps, requireActor(request), request.params.id);
        return {
          districts: p.districts.map(toDistrictResponse),
          areas: p.areas.map(toPollingAreaResponse),
        };
      },
    );
    r.post(
      '/elections/:id/polling/import',
      {
        ...uploadRoute(ImportPollingForm),
        schema: {
          tags,
          summary:
            'Import districts and polling areas (.csv/.xlsx), all or nothing, with a data-quality report',
          params: IdParamsSchema,
          response: { 200: ImportPollingResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const { fields, files } = await readUploadForm(request, ImportPollingForm);
        return importPollingAreas(
          deps,
          requireActor(request),
          request.params.id,
          () => deps.parsers.spreadsheet(files.file.bytes),
          fields.dryRun === true,
        );
      },
    );
    r.get(
      '/elections/:id/candidates',
      {
        schema: {
          tags,
          summary: 'Candidates of the districts in your subtree (provisional and official)',
          params: IdParamsSchema,
          response: { 200: CandidateListResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const p = await findPolling(deps, requireActor(request), request.params.id);
        const items = await deps.repos.elections.candidates(p.districts.map((d) => d.id));
        return { items: items.map(toCandidateResponse) };
      },
    );
    r.post(
      '/candidates',
      {
        schema: {
          tags,
          summary: 'Add a candidate to a district',
          body: CandidateRequestSchema,
          response: { 201: CandidateResponseSchema, ...problemResponses },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            toCandidateResponse(await saveCandidate(deps, requireActor(request), request.body)),
          ),
    );
    r.put(
      '/candidates/:id',
      {
        schema: {
          tags,
          summary: 'Edit a candidate',
          params: IdParamsSchema,
          body: CandidateRequestSchema,
          response: { 200: CandidateResponseSchema, ...problemResponses },
        },
      },
      async (request) =>
        toCandidateResponse(
          await saveCandidate(deps, requireActor(request), request.body, request.params.id),
        ),
    );
    r.delete(
      '/candidates/:id',
      {
        schema: {
          tags,
          summary: 'Remove a candidate from a provisional list',
          params: IdParamsSchema,
          response: { 200: OkResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        await deleteCandidate(deps, requireActor(request), request.params.id);
        return { ok: true as const };
      },
    );
    r.put(
      '/candidates/:id/photo',
      {
        ...uploadRoute(CandidatePhotoForm),
        schema: {
          tags,
          summary: 'Set the photo (a form with the file; JPEG, PNG or WebP, at most 2 MB)',
          params: IdParamsSchema,
          response: { 200: OkResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const { files } = await readUploadForm(request, CandidatePhotoForm);
        await setCandidatePhoto(
          deps,
          requireActor(request),
          request.params.id,
          Buffer.from(files.photo.bytes),
        );
        return { ok: true as const };
      },
    );
    r.get(
      '/candidates/:id/photo',
      {
        schema: {
          tags,
          summary: "A candidate's photo",
          params: IdParamsSchema,
          response: problemResponses,
        },
      },
      async (request, reply) => {
        const c = await deps.repos.elections.getCandidate(request.params.id);
        if (!c) throw notFound('ảnh');
        await getDistrict(deps, requireActor(request), c.districtId, 'work.read');
        const photo = await deps.repos.elections.photo(c.id);
        if (!photo) throw notFound('ảnh');
        return sendFile(reply, photo.bytes, photo.type, 'anh-nguoi-ung-cu');
      },
    );
    r.post(
      '/districts/:id/publish-candidates',
      {
        schema: {
          tags,
          summary: 'Publish the official candidate list of a district (leaders)',
          params: IdParamsSchema,
          response: { 200: OkResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        await publishCandidates(deps, requireActor(request), request.params.id);
        return { ok: true as const };
      },
    );
    r.get(
      '/elections/:id/results',
      {
        schema: {
          tags,
          summary: 'Results by district; unpublished counts only for those who may publish',
          params: IdParamsSchema,
          response: { 200: ResultListResponseSchema, ...problemResponses },
        },
      },
      async (request) => ({
        items: (await findResults(deps, requireActor(request), request.params.id)).map(
          toResultResponse,
        ),
      }),
    );
    r.put(
      '/results',
      {
        schema: {
          tags,
          summary:
            'Enter the count of a polling area or district; rejected whole, with the rule named, when a check fails',
          body: ResultRequestSchema,
          response: { 200: OkResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        await saveResult(deps, requireActor(request), request.body);
        return { ok: true as const };
      },
    );
    r.post(
      '/districts/:id/publish-results',
      {
        schema: {
          tags,
          summary: "Publish a district's results (leaders); lifts the embargo",
          params: IdParamsSchema,
          response: { 200: OkResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        await publishResults(deps, requireActor(request), request.params.id);
        return { ok: true as const };
      },
    );
  };
}
