import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../domain/deps';
import type { GroupMemberItem } from '../../domain/groups/group';
import { groupWork } from '../../domain/groups/group-work';
import {
  addGroupMember,
  findGroupMembers,
  removeGroupMember,
} from '../../domain/groups/manage-members';
import { issuePhaseSummary } from '../../domain/reports/issue-summary';
import { IdParamsSchema, OkResponseSchema, problemResponses } from '../../contracts/common';
import {
  AddGroupMemberRequestSchema,
  GroupMemberListQuerySchema,
  GroupMemberListResponseSchema,
  GroupMemberResponseSchema,
  GroupWorkQuerySchema,
  GroupWorkResponseSchema,
  IssuedSummaryResponseSchema,
  IssueSummaryRequestSchema,
  MemberParamsSchema,
  RemoveGroupMemberQuerySchema,
  type GroupMemberResponse,
} from '../../contracts/groups.contract';
import { requireActor } from '../plugins/auth';
import { toActivityResponse } from './activity-mappers';
import { toUnitResponse } from './mappers';
import { toTaskResponse } from './plan-mappers';
import { toReportResponse } from './report-mappers';

const tags = ['groups'];

const toMemberResponse = (m: GroupMemberItem): GroupMemberResponse => ({
  id: m.id,
  groupId: m.groupId,
  member: toUnitResponse(m.member),
  role: m.role,
  addedOn: m.addedOn,
  removedOn: m.removedOn,
});

/** Working groups: members, their work for the group's plans, and the group's numbered sơ kết. */
export function groupsRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/groups/:id/members',
      {
        schema: {
          tags,
          summary: "A working group's members",
          params: IdParamsSchema,
          querystring: GroupMemberListQuerySchema,
          response: { 200: GroupMemberListResponseSchema, ...problemResponses },
        },
      },
      async (request) => ({
        items: (
          await findGroupMembers(deps, requireActor(request), {
            groupId: request.params.id,
            includeRemoved: request.query.includeRemoved === 'true',
          })
        ).map(toMemberResponse),
      }),
    );
    r.post(
      '/groups/:id/members',
      {
        schema: {
          tags,
          summary: 'Add a member (a unit of the parent’s subtree); it must then report weekly',
          params: IdParamsSchema,
          body: AddGroupMemberRequestSchema,
          response: { 201: GroupMemberResponseSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const m = await addGroupMember(deps, requireActor(request), {
          groupId: request.params.id,
          ...request.body,
        });
        return reply.code(201).send(toMemberResponse(m));
      },
    );
    r.delete(
      '/groups/:id/members/:memberId',
      {
        schema: {
          tags,
          summary: 'End a membership and its weekly reporting duty',
          params: MemberParamsSchema,
          querystring: RemoveGroupMemberQuerySchema,
          response: { 200: OkResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        await removeGroupMember(deps, requireActor(request), {
          groupId: request.params.id,
          memberId: request.params.memberId,
          ...(request.query.on ? { on: request.query.on } : {}),
        });
        return { ok: true as const };
      },
    );
    r.get(
      '/groups/:id/work',
      {
        schema: {
          tags,
          summary: "What the members did for the group's plans: tasks, figures, activities",
          params: IdParamsSchema,
          querystring: GroupWorkQuerySchema,
          response: { 200: GroupWorkResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const w = await groupWork(deps, requireActor(request), {
          groupId: request.params.id,
          ...request.query,
        });
        return {
          from: w.from,
          to: w.to,
          figures: w.rows,
          byMember: w.byMember.map((m) => ({
            unitId: m.unitId,
            unitName: m.unitName,
            from: m.from,
            to: m.to,
            tasks: m.tasks.map(toTaskResponse),
            figures: m.rows,
            activities: m.activities.map(toActivityResponse),
          })),
        };
      },
    );
    r.post(
      '/reports/summary/issue',
      {
        schema: {
          tags: ['reports'],
          summary: "Issue a unit's sơ kết as its own numbered document (leaders of the unit)",
          body: IssueSummaryRequestSchema,
          response: { 201: IssuedSummaryResponseSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const saved = await issuePhaseSummary(deps, requireActor(request), request.body);
        return reply.code(201).send({
          ...toReportResponse(saved),
          number: saved.number ?? 0,
          issuedOn: saved.issuedOn ?? saved.dueOn,
        });
      },
    );
  };
}
