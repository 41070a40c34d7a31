import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  IdParamsSchema,
  OkResponseSchema,
  problemResponses,
  uploadProblemResponses,
} from '../../contracts/common';
import {
  AddMilestoneRequestSchema,
  CompleteSubUnitForm,
  MilestoneResponseSchema,
  SubUnitListResponseSchema,
} from '../../contracts/elections.contract';
import type { Deps } from '../../domain/deps';
import { addMilestone, removeMilestone } from '../../domain/elections/custom-milestones';
import { findMilestones } from '../../domain/elections/manage-milestones';
import {
  completeForSubUnit,
  completionPhoto,
  findSubUnitCompletions,
  reopenForSubUnit,
} from '../../domain/elections/milestone-completions';
import { notFound } from '../../domain/shared/domain-error';
import { requireActor } from '../plugins/auth';
import { toMilestoneResponse } from './election-mappers';
import { sendFile } from './upload';
import { acceptUploadForms, readUploadForm, uploadRoute } from './upload-form';

const tags = ['elections'];
const MilestoneParams = z.strictObject({ id: z.uuid(), milestoneId: z.uuid() });
const SubUnitParams = MilestoneParams.extend({ unitId: z.uuid() }).strict();

/** Milestones added by hand, and the per-sub-unit steps each thôn / khu phố marks done with a photo. */
export function milestonePartsRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    await acceptUploadForms(app);
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post(
      '/elections/:id/milestones',
      {
        schema: {
          tags,
          summary: "Add a milestone: the election's, or your unit's part of an election above it",
          params: IdParamsSchema,
          body: AddMilestoneRequestSchema,
          response: { 201: MilestoneResponseSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const m = await addMilestone(deps, actor, request.params.id, request.body);
        const view = (await findMilestones(deps, actor, request.params.id)).find(
          (x) => x.id === m.id,
        );
        if (!view) throw notFound('mốc thời gian');
        return reply.code(201).send(toMilestoneResponse(view));
      },
    );
    r.delete(
      '/elections/:id/milestones/:milestoneId',
      {
        schema: {
          tags,
          summary: 'Remove a milestone added by hand (legal steps are re-dated, not removed)',
          params: MilestoneParams,
          response: { 200: OkResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const { id, milestoneId } = request.params;
        await removeMilestone(deps, requireActor(request), id, milestoneId);
        return { ok: true as const };
      },
    );
    r.get(
      '/elections/:id/milestones/:milestoneId/sub-units',
      {
        schema: {
          tags,
          summary: 'Which thôn / khu phố of your part have done a per-sub-unit step, and which not',
          params: MilestoneParams,
          response: { 200: SubUnitListResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const { id, milestoneId } = request.params;
        const { rows } = await findSubUnitCompletions(deps, requireActor(request), id, milestoneId);
        return {
          items: rows.map(({ unit, completion: c }) => ({
            unitId: unit.id,
            unitName: unit.name,
            doneOn: c?.doneOn ?? null,
            note: c?.note ?? null,
            hasPhoto: c !== null,
          })),
        };
      },
    );
    r.put(
      '/elections/:id/milestones/:milestoneId/sub-units/:unitId',
      {
        ...uploadRoute(CompleteSubUnitForm),
        schema: {
          tags,
          summary: 'Mark a per-sub-unit step done for a thôn / khu phố, with the day and a photo',
          params: SubUnitParams,
          response: { 200: OkResponseSchema, ...uploadProblemResponses },
        },
      },
      async (request) => {
        const { id, milestoneId, unitId } = request.params;
        const actor = requireActor(request);
        const { fields, files } = await readUploadForm(request, CompleteSubUnitForm);
        await completeForSubUnit(deps, actor, {
          electionId: id,
          milestoneId,
          unitId,
          doneOn: fields.doneOn,
          note: fields.note ?? null,
          photo: files.photo.bytes,
        });
        return { ok: true as const };
      },
    );
    r.delete(
      '/elections/:id/milestones/:milestoneId/sub-units/:unitId',
      {
        schema: {
          tags,
          summary: "Withdraw a thôn / khu phố's completion marked by mistake",
          params: SubUnitParams,
          response: { 200: OkResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const { id, milestoneId, unitId } = request.params;
        await reopenForSubUnit(deps, requireActor(request), {
          electionId: id,
          milestoneId,
          unitId,
        });
        return { ok: true as const };
      },
    );
    r.get(
      '/elections/:id/milestones/:milestoneId/sub-units/:unitId/photo',
      {
        schema: {
          tags,
          summary: "The evidence photo of a thôn / khu phố's completion",
          params: SubUnitParams,
          response: problemResponses,
        },
      },
      async (request, reply) => {
        const { id, milestoneId, unitId } = request.params;
        const photo = await completionPhoto(deps, requireActor(request), {
          electionId: id,
          milestoneId,
          unitId,
        });
        return sendFile(reply, photo.file, photo.mediaType, 'minh-chung');
      },
    );
  };
}
