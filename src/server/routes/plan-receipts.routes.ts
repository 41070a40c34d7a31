import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParamsSchema, problemResponses } from '../../contracts/common';
import {
  AcknowledgePlanRequestSchema,
  PlanReceiptSchema,
  PlanReceiptsResponseSchema,
} from '../../contracts/plan-receipts.contract';
import type { Deps } from '../../domain/deps';
import { acknowledgePlan } from '../../domain/plans/acknowledge-plan';
import { findPlanReceipts, type PlanReceipt } from '../../domain/plans/find-plan-receipts';
import { requireActor } from '../plugins/auth';

const tags = ['plans'];
const toReceipt = (r: PlanReceipt) => ({
  unitId: r.unitId,
  unitName: r.unitName,
  acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
  acknowledgedByName: r.acknowledgedByName,
});

/** "Đã nhận" of an issued plan: the recipients confirm, the issuing unit sees who has. */
export function planReceiptsRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/plans/:id/receipts',
      {
        schema: {
          tags,
          summary: 'Who an issued plan was sent to and who has confirmed receipt',
          params: IdParamsSchema,
          response: { 200: PlanReceiptsResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const res = await findPlanReceipts(deps, requireActor(request), request.params.id);
        return {
          mine: res.mine && toReceipt(res.mine),
          items: res.items.map(toReceipt),
          all: res.all,
          total: res.items.length,
          acknowledged: res.items.filter((i) => i.acknowledgedAt).length,
        };
      },
    );
    r.post(
      '/plans/:id/acknowledge',
      {
        schema: {
          tags,
          summary:
            'A unit the plan was sent to confirms "đã nhận" (a second time answers the first)',
          params: IdParamsSchema,
          body: AcknowledgePlanRequestSchema,
          response: { 200: PlanReceiptSchema, ...problemResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const ack = await acknowledgePlan(deps, actor, request.params.id, request.body);
        const unit = await deps.repos.units.get(ack.unitId);
        return toReceipt({ ...ack, unitName: unit?.name ?? '' });
      },
    );
  };
}
