import type { Plan } from '../../domain/plans/plan';
import { planNumberText } from '../../domain/plans/plan';
import type { PlanListItem } from '../../domain/plans/plans.port';
import type { RegisterEntry } from '../../domain/registers/register.port';
import type { TaskListItem } from '../../domain/tasks/tasks.port';
import type {
  PlanListItemResponse,
  PlanResponse,
  TaskResponse,
} from '../../contracts/plans.contract';

export const toPlanResponse = (plan: Plan, unitName: string): PlanResponse => {
  const { createdAt: _c, createdBy: _b, approvedBy: _a, updatedAt, ...rest } = plan;
  return {
    ...rest,
    unitName,
    numberText: planNumberText(plan),
    updatedAt: updatedAt.toISOString(),
  };
};

/** `scope`: the plan is of the actor's own subtree, or issued above and addressed down to it. */
export const toPlanListItemResponse = (
  p: PlanListItem,
  actorPath: string,
): PlanListItemResponse => ({
  id: p.id,
  unitId: p.unitId,
  unitName: p.unitName,
  scope: p.unitPath.startsWith(actorPath) ? 'own' : 'above',
  status: p.status,
  numberText: planNumberText(p),
  issuedOn: p.issuedOn,
  title: p.title,
  periodFrom: p.periodFrom,
  periodTo: p.periodTo,
  derivedFromId: p.derivedFromId,
  phases: p.phases,
  updatedAt: p.updatedAt.toISOString(),
});

export const toTaskResponse = (t: TaskListItem): TaskResponse => ({
  id: t.id,
  planId: t.planId,
  planNumberText: planNumberText({ number: t.planNumber, bodyCode: t.planBodyCode }),
  planTitle: t.planTitle,
  issuerName: t.issuerName,
  assigneeUnitId: t.assigneeUnitId,
  assigneeName: t.assigneeName,
  title: t.title,
  channel: t.channel,
  kind: t.kind,
  deadline: t.deadline,
  recurrence: t.recurrence,
  frequencyText: t.frequencyText,
  periodFrom: t.periodFrom,
  periodTo: t.periodTo,
  target: t.target,
});

export const toRegisterEntryResponse = (e: RegisterEntry) => ({
  id: e.id,
  number: e.number,
  numberText: `${String(e.number).padStart(2, '0')}/${e.typeCode}`,
  year: e.year,
  typeCode: e.typeCode,
  status: e.status,
  entityId: e.entityId,
  note: e.note,
  createdAt: e.createdAt.toISOString(),
});
