import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { notifyUnits } from '../notifications/notify';
import { takeNumber } from '../registers/take-number';
import { civilDate } from '../shared/dates';
import { conflict } from '../shared/domain-error';
import { tasksFromPlan } from '../tasks/task';
import { periodsOfTask } from '../obligations/task-period';
import { checkAssignees } from './check-assignees';
import { issuedPlanDocument } from '../documents/issued-document-of';
import { refuseOwnPlan } from './four-eyes';
import { getPlan } from './get-plan';
import { PLAN_TYPE_CODE, planNumberText, type Plan } from './plan';
import { refuseIncomplete } from './plan-rules';

export interface IssuePlanInput {
  /** A number from the register chosen by the leader (a reserved one, or a paper one); next otherwise. */
  number?: number | null;
  /** The date of issue (YYYY-MM-DD); today in Vietnam otherwise. */
  issuedOn?: string | null;
}

/**
 * Approves and issues a submitted plan: a leader who neither wrote, changed nor submitted it; takes the
 * number from the unit's register, turns every assignment into tasks for each unit it reaches, and notifies
 * assignees and recipients. Throws forbidden (self-approval, role), conflict (status, number),
 * validation (an incomplete plan, with each field).
 */
export async function issuePlan(
  deps: Writes<
    | 'plans'
    | 'units'
    | 'groups'
    | 'registers'
    | 'tasks'
    | 'duties'
    | 'obligations'
    | 'issuedDocuments'
    | 'notifications'
    | 'outbox'
    | 'audit'
  > &
    Pick<Deps, 'clock' | 'ids' | 'mailer'>,
  actor: Actor,
  id: string,
  input: IssuePlanInput,
): Promise<Plan> {
  const { plan, unit } = await getPlan(deps, actor, id, 'work.approve');
  authorize(actor, 'work.approve', unit.path);
  if (plan.status !== 'submitted') throw conflict('Chỉ ban hành được kế hoạch đã trình duyệt.');
  refuseOwnPlan(plan, actor);
  refuseIncomplete(plan, 'ban hành');
  // "All khu phố below" is resolved now: the units that exist on the day of issue get the work.
  const assignees = await checkAssignees(deps.repos, unit, plan);
  const issuedOn = input.issuedOn ?? civilDate(deps.clock.now());
  const issued = await deps.uow.transaction(async (repos) => {
    const number = await takeNumber(repos, deps, {
      unitId: unit.id,
      year: Number(issuedOn.slice(0, 4)),
      typeCode: PLAN_TYPE_CODE,
      entityId: plan.id,
      requested: input.number ?? null,
      actorId: actor.userId,
    });
    const now = deps.clock.now();
    const saved = await repos.plans.update(
      plan.id,
      plan.version,
      { status: 'issued', number, issuedOn, approvedBy: actor.userId, returnNote: null },
      now,
    );
    if (!saved) throw conflict('Kế hoạch vừa được người khác thay đổi; hãy tải lại rồi duyệt.');
    const tasks = tasksFromPlan(saved, assignees, () => deps.ids.newId(), now);
    await repos.tasks.insertMany(tasks);
    if (saved.requireWeeklyReports && saved.periodFrom)
      await repos.duties.insertMany(
        // One duty per unit, however many headings reach it.
        [...new Map(assignees.flat().map((a) => [a.id, a])).values()].map((a) => ({
          id: deps.ids.newId(),
          reporterId: a.id,
          reporterPath: a.path,
          ownerId: unit.id,
          planId: saved.id,
          frequency: 'weekly' as const,
          fromOn: saved.periodFrom ?? issuedOn,
          toOn: saved.periodTo,
          createdAt: now,
        })),
      );
    await repos.obligations.insertPeriods(
      tasks.flatMap((t) => periodsOfTask(t, () => deps.ids.newId())),
    );
    // Work already logged in the period counts from the start.
    await repos.obligations.recountTasks(tasks.map((t) => t.id));
    const numberText = planNumberText(saved) ?? '';
    // Its PDF is made and signed once, after this commits, and kept (documents/issued-pdf.ts).
    await repos.issuedDocuments.enqueue(issuedPlanDocument(saved, issuedOn, deps.ids.newId(), now));
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'plan',
      entityId: plan.id,
      action: 'update',
      changes: {
        status: { from: 'submitted', to: 'issued' },
        number: numberText,
        issuedOn,
        tasks: tasks.length,
      },
    });
    const link = `/app/plans/${plan.id}`;
    await notifyUnits(repos, deps, {
      unitIds: [...new Set(tasks.map((t) => t.assigneeUnitId))],
      kind: 'task',
      title: `Nhiệm vụ mới theo Kế hoạch ${numberText}`,
      body: `${unit.name} giao nhiệm vụ: ${saved.title}`,
      link,
    });
    await notifyUnits(repos, deps, {
      unitIds: saved.recipients.map((r) => r.unitId).filter((u): u is string => !!u),
      kind: 'plan',
      title: `Kế hoạch ${numberText} đã ban hành`,
      body: `${unit.name}: ${saved.title}`,
      link,
    });
    return saved;
  });
  return issued;
}
