import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../domain/deps';
import { createPlan } from '../../domain/plans/create-plan';
import { derivePlan } from '../../domain/plans/derive-plan';
import { findPlans } from '../../domain/plans/find-plans';
import { getPlan } from '../../domain/plans/get-plan';
import { issuePlan } from '../../domain/plans/issue-plan';
import { planDerivations } from '../../domain/plans/plan-derivations';
import { previewAssignees } from '../../domain/plans/preview-assignees';
import { deletePlan } from '../../domain/plans/delete-plan';
import { closePlan, recallPlan, returnPlan, submitPlan } from '../../domain/plans/plan-transitions';
import { revisePlan } from '../../domain/plans/revise-plan';
import { updatePlan } from '../../domain/plans/update-plan';
import type { Plan } from '../../domain/plans/plan';
import { IdParamsSchema, OkResponseSchema, problemResponses } from '../../contracts/common';
import {
  AssigneesPreviewRequestSchema,
  AssigneesPreviewResponseSchema,
  CreatePlanRequestSchema,
  DerivationsResponseSchema,
  DerivePlanRequestSchema,
  IssuePlanRequestSchema,
  PlanListQuerySchema,
  PlanListResponseSchema,
  PlanResponseSchema,
  ReturnPlanRequestSchema,
  UpdatePlanRequestSchema,
} from '../../contracts/plans.contract';
import { requireActor } from '../plugins/auth';
import { toPlanListItemResponse, toPlanResponse } from './plan-mappers';

const tags = ['plans'];
const one = { 200: PlanResponseSchema, ...problemResponses };

export function plansRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const respond = async (plan: Plan) =>
      toPlanResponse(plan, (await deps.repos.units.get(plan.unitId))?.name ?? '');
    r.get(
      '/plans',
      {
        schema: {
          tags,
          summary: 'Plans of your subtree and issued plans of the units above',
          querystring: PlanListQuerySchema,
          response: { 200: PlanListResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { issued, ...query } = request.query;
        const { items, total } = await findPlans(deps, actor, {
          ...query,
          issued: issued === 'true',
        });
        return { items: items.map((p) => toPlanListItemResponse(p, actor.unitPath)), total };
      },
    );
    r.post(
      '/plans',
      {
        schema: {
          tags,
          summary: 'Start a draft plan',
          body: CreatePlanRequestSchema,
          response: { 201: PlanResponseSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const plan = await createPlan(deps, requireActor(request), request.body);
        return reply.code(201).send(await respond(plan));
      },
    );
    r.get(
      '/plans/:id',
      { schema: { tags, summary: 'A plan', params: IdParamsSchema, response: one } },
      async (request) => {
        const { plan, unit } = await getPlan(deps, requireActor(request), request.params.id);
        return toPlanResponse(plan, unit.name);
      },
    );
    r.patch(
      '/plans/:id',
      {
        schema: {
          tags,
          summary: 'Save a draft (optimistic concurrency on version)',
          params: IdParamsSchema,
          body: UpdatePlanRequestSchema,
          response: one,
        },
      },
      async (request) =>
        respond(await updatePlan(deps, requireActor(request), request.params.id, request.body)),
    );
    r.delete(
      '/plans/:id',
      {
        schema: {
          tags,
          summary:
            'Delete a draft never issued (or discard a draft revision): its author or an officer of its unit; 409 once submitted or issued',
          params: IdParamsSchema,
          response: { 200: OkResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        await deletePlan(deps, requireActor(request), request.params.id);
        return { ok: true as const };
      },
    );
    r.post(
      '/plans/:id/recall',
      {
        schema: {
          tags,
          summary: 'Its submitter takes a submitted plan back to draft before a leader decides',
          params: IdParamsSchema,
          response: one,
        },
      },
      async (request) => respond(await recallPlan(deps, requireActor(request), request.params.id)),
    );
    r.post(
      '/plans/:id/submit',
      {
        schema: {
          tags,
          summary: 'Send a draft for approval',
          params: IdParamsSchema,
          response: one,
        },
      },
      async (request) => respond(await submitPlan(deps, requireActor(request), request.params.id)),
    );
    r.post(
      '/plans/:id/return',
      {
        schema: {
          tags,
          summary: 'Return a submitted plan to its drafter with a comment',
          params: IdParamsSchema,
          body: ReturnPlanRequestSchema,
          response: one,
        },
      },
      async (request) =>
        respond(
          await returnPlan(deps, requireActor(request), request.params.id, request.body.note),
        ),
    );
    r.post(
      '/plans/:id/issue',
      {
        schema: {
          tags,
          summary: 'Approve and issue: number, tasks, notifications',
          params: IdParamsSchema,
          body: IssuePlanRequestSchema,
          response: one,
        },
      },
      async (request) =>
        respond(await issuePlan(deps, requireActor(request), request.params.id, request.body)),
    );
    r.post(
      '/plans/:id/close',
      { schema: { tags, summary: 'Close an issued plan', params: IdParamsSchema, response: one } },
      async (request) => respond(await closePlan(deps, requireActor(request), request.params.id)),
    );
    r.post(
      '/plans/:id/revise',
      {
        schema: {
          tags,
          summary: 'Start a new draft version of an issued plan',
          params: IdParamsSchema,
          response: { 201: PlanResponseSchema, ...problemResponses },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await respond(await revisePlan(deps, requireActor(request), request.params.id))),
    );
    r.post(
      '/plans/:id/derive',
      {
        schema: {
          tags,
          summary: "Start your unit's plan from this issued plan",
          params: IdParamsSchema,
          body: DerivePlanRequestSchema,
          response: { 201: PlanResponseSchema, ...problemResponses },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await respond(
              await derivePlan(deps, requireActor(request), request.params.id, request.body),
            ),
          ),
    );
    r.post(
      '/plans/assignees-preview',
      {
        schema: {
          tags,
          summary: 'The units one assignment would give its tasks to, if issued now',
          body: AssigneesPreviewRequestSchema,
          response: { 200: AssigneesPreviewResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const units = await previewAssignees(deps, requireActor(request), request.body);
        return {
          total: units.length,
          items: units.slice(0, 200).map((u) => ({ id: u.id, name: u.name })),
        };
      },
    );
    r.get(
      '/plans/:id/derivations',
      {
        schema: {
          tags,
          summary:
            'Which units down the cascade have derived their plan from this one or its derived plans',
          params: IdParamsSchema,
          response: { 200: DerivationsResponseSchema, ...problemResponses },
        },
      },
      async (request) => ({
        items: await planDerivations(deps, requireActor(request), request.params.id),
      }),
    );
  };
}
