import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, OkResponseSchema, problemResponses } from '../../contracts/common';
import {
  CreateElectionRequestSchema,
  ElectionListResponseSchema,
  ElectionResponseSchema,
  FeedRequestSchema,
  FeedResponseSchema,
  MilestoneEvidenceForm,
  MilestoneListResponseSchema,
  MilestoneResponseSchema,
  UpdateElectionRequestSchema,
  UpdateMilestoneRequestSchema,
  VoterInfoRequestSchema,
  VoterInfoResponseSchema,
} from '../../contracts/elections.contract';
import { renderIcs } from '../../documents/ics';
import type { Deps } from '../../domain/deps';
import { createElection, updateElection } from '../../domain/elections/create-election';
import { getElection, seesMilestone } from '../../domain/elections/election-access';
import { findElections } from '../../domain/elections/find-elections';
import {
  changeMilestone,
  createCalendarFeed,
  findMilestones,
  milestoneEvidence,
} from '../../domain/elections/manage-milestones';
import { MILESTONE_TEMPLATES } from '../../domain/elections/milestone-templates';
import { saveVoterInfo, voterInfoAt } from '../../domain/elections/voter-info';
import { notFound } from '../../domain/shared/domain-error';
import { getUnit } from '../../domain/units/get-unit';
import type { Actor } from '../../domain/accounts/access';
import { requireActor } from '../plugins/auth';
import { sendBytes } from './send-bytes';
import { milestoneEvents } from '../../documents/milestone-calendar';
import { toElectionResponse, toMilestoneResponse } from './election-mappers';
import { acceptUploadForms, readUploadForm, uploadRoute } from './upload-form';

const tags = ['elections'];
const MilestoneParams = z.strictObject({ id: z.uuid(), milestoneId: z.uuid() });

export function electionsRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    await acceptUploadForms(app);
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/elections',
      {
        schema: {
          tags,
          summary: 'Elections that concern your units, and the milestone templates',
          response: { 200: ElectionListResponseSchema, ...problemResponses },
        },
      },
      async (request) => ({
        items: (await findElections(deps, requireActor(request))).map((e) => ({
          ...toElectionResponse(e),
          counts: e.counts,
          nextMilestone: e.nextMilestone,
        })),
        templates: MILESTONE_TEMPLATES.map(({ code, type, name }) => ({ code, type, name })),
      }),
    );
    r.post(
      '/elections',
      {
        schema: {
          tags,
          summary: 'Create an election from a milestone template',
          body: CreateElectionRequestSchema,
          response: { 201: ElectionResponseSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const { dayReason, ...input } = request.body;
        const e = await createElection(deps, requireActor(request), {
          ...input,
          dayReason: dayReason ?? null,
        });
        return reply.code(201).send(toElectionResponse(e));
      },
    );
    r.get(
      '/elections/:id',
      {
        schema: {
          tags,
          summary: 'One election',
          params: IdParamsSchema,
          response: { 200: ElectionResponseSchema, ...problemResponses },
        },
      },
      async (request) =>
        toElectionResponse(await getElection(deps, requireActor(request), request.params.id)),
    );
    r.patch(
      '/elections/:id',
      {
        schema: {
          tags,
          summary: 'Edit an election; a new day moves the milestones not edited by hand',
          params: IdParamsSchema,
          body: UpdateElectionRequestSchema,
          response: { 200: ElectionResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const { dayReason, ...patch } = request.body;
        return toElectionResponse(
          await updateElection(deps, requireActor(request), request.params.id, {
            ...patch,
            ...(dayReason !== undefined ? { dayReason } : {}),
          }),
        );
      },
    );
    r.get(
      '/elections/:id/milestones',
      {
        schema: {
          tags,
          summary: 'Milestones with upcoming / due / overdue / done',
          params: IdParamsSchema,
          response: { 200: MilestoneListResponseSchema, ...problemResponses },
        },
      },
      async (request) => ({
        items: (await findMilestones(deps, requireActor(request), request.params.id)).map(
          toMilestoneResponse,
        ),
      }),
    );
    /** The milestone as the actor now sees it, after a change. */
    const milestoneView = async (actor: Actor, electionId: string, id: string) => {
      const view = (await findMilestones(deps, actor, electionId)).find((x) => x.id === id);
      if (!view) throw notFound('mốc thời gian');
      return toMilestoneResponse(view);
    };
    r.patch(
      '/elections/:id/milestones/:milestoneId',
      {
        schema: {
          tags,
          summary: 'Edit a milestone (its evidence is sent to …/evidence)',
          params: MilestoneParams,
          body: UpdateMilestoneRequestSchema,
          response: { 200: MilestoneResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { id, milestoneId } = request.params;
        const m = await changeMilestone(deps, actor, id, milestoneId, request.body);
        return milestoneView(actor, id, m.id);
      },
    );
    r.put(
      '/elections/:id/milestones/:milestoneId/evidence',
      {
        ...uploadRoute(MilestoneEvidenceForm),
        schema: {
          tags,
          summary: 'Mark a milestone done with evidence (a note, a link or a file), or reopen it',
          params: MilestoneParams,
          response: { 200: MilestoneResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { id, milestoneId } = request.params;
        const { fields, files } = await readUploadForm(request, MilestoneEvidenceForm);
        const file = files.file
          ? {
              name: files.file.name,
              type: 'application/octet-stream',
              bytes: Buffer.from(files.file.bytes),
            }
          : null;
        const m = await changeMilestone(deps, actor, id, milestoneId, {
          evidence: { done: fields.done, note: fields.note ?? null, url: fields.url ?? null, file },
        });
        return milestoneView(actor, id, m.id);
      },
    );
    r.get(
      '/elections/:id/milestones/:milestoneId/evidence',
      {
        schema: {
          tags,
          summary: 'The evidence file of a milestone',
          params: MilestoneParams,
          response: problemResponses,
        },
      },
      async (request, reply) => {
        const { id, milestoneId } = request.params;
        const file = await milestoneEvidence(deps, requireActor(request), id, milestoneId);
        return sendBytes(reply, file.bytes, {
          type: 'application/octet-stream',
          fileName: file.name,
        });
      },
    );
    r.get(
      '/elections/:id/calendar.ics',
      {
        schema: {
          tags,
          summary: 'The milestones as an iCalendar file',
          params: IdParamsSchema,
          response: problemResponses,
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const election = await getElection(deps, actor, request.params.id);
        const milestones = (await deps.repos.elections.milestones(election.id)).filter((m) =>
          seesMilestone(m, actor),
        );
        const ics = renderIcs({
          name: election.name,
          events: milestoneEvents([election], milestones),
        });
        return sendBytes(reply, ics, {
          type: 'text/calendar; charset=utf-8',
          fileName: `${election.slug || 'bau-cu'}.ics`,
        });
      },
    );
    r.post(
      '/calendar-feeds',
      {
        schema: {
          tags,
          summary: 'A subscribable calendar URL for an election or a unit (token in the URL)',
          body: FeedRequestSchema,
          response: { 201: FeedResponseSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const token = await createCalendarFeed(deps, requireActor(request), request.body);
        return reply.code(201).send({ url: `/lich/${token}.ics` });
      },
    );
    r.get(
      '/voter-info',
      {
        schema: {
          tags,
          summary: 'Voter rights, duties and how to vote, as they apply at a unit',
          querystring: z.strictObject({ unitId: z.uuid() }),
          response: { 200: VoterInfoResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const unit = await getUnit(deps, requireActor(request), request.query.unitId);
        return {
          items: (await voterInfoAt(deps, unit.path)).map((t) => ({
            key: t.key,
            title: t.title,
            body: t.body,
            own: t.unitId === unit.id,
          })),
        };
      },
    );
    r.put(
      '/voter-info',
      {
        schema: {
          tags,
          summary: "Write a unit's own voter-information text",
          body: VoterInfoRequestSchema,
          response: { 200: OkResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        await saveVoterInfo(deps, requireActor(request), request.body);
        return { ok: true as const };
      },
    );
  };
}
