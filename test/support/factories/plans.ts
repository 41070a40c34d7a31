import type { User } from '../../../src/domain/accounts/user';
import type { Deps } from '../../../src/domain/deps';
import { blankPlanContent } from '../../../src/domain/plans/blank-plan';
import { createPlan } from '../../../src/domain/plans/create-plan';
import { issuePlan } from '../../../src/domain/plans/issue-plan';
import type { AssignmentTask, Plan, PlanContent } from '../../../src/domain/plans/plan';
import { submitPlan } from '../../../src/domain/plans/plan-transitions';
import { addDays } from '../../../src/domain/shared/calendar';
import { civilDate } from '../../../src/domain/shared/dates';
import type { Unit } from '../../../src/domain/units/unit';
import { actingAs } from './accounts';
import { nextNumber, SAMPLE } from './sequence';

/** How far a built plan goes: each step is the use case a person would take. */
export type BuiltPlanStatus = 'draft' | 'submitted' | 'issued';

export type PlanOverrides = Partial<PlanContent> & {
  /** draft (default), submitted by its author, or issued by a leader. */
  status?: BuiltPlanStatus;
  /** Who drafts and submits it; a new officer of the unit otherwise. */
  author?: User;
  /** Who issues it (never the author: four eyes); a new leader of the unit otherwise. */
  approver?: User;
  /** The register number to issue it under; the next one otherwise. */
  number?: number;
  /** The date of issue (YYYY-MM-DD); today in Vietnam otherwise. */
  issuedOn?: string;
};

/**
 * A plan of `unit` made through `createPlan`, then `submitPlan` and `issuePlan` as `status` asks.
 * What the unit's blank plan does not fill in (title, period, signer) gets sample values complete
 * enough to submit and issue; no assignments, so issuing makes no tasks unless a test gives some.
 */
export async function buildPlan(
  deps: Deps,
  unit: Unit,
  overrides: PlanOverrides = {},
): Promise<Plan> {
  const { status = 'draft', author, approver, number, issuedOn, ...content } = overrides;
  const drafter = await actingAs(deps, unit, author, 'officer');
  // The period starts today, so an issued plan is in force and its tasks (if any) are open now.
  const today = civilDate(deps.clock.now());
  const parent = unit.parentId ? await deps.repos.units.get(unit.parentId) : null;
  const blank = blankPlanContent(unit, parent);
  const draft = await createPlan(deps, drafter, {
    unitId: unit.id,
    content: {
      title: `Kế hoạch tuyên truyền bầu cử số ${nextNumber()} ${SAMPLE}`,
      periodFrom: today,
      periodTo: addDays(today, 60),
      // The blank plan's authority and position for this kind of unit, with a name to sign.
      signer: { ...blank.signer, name: `Nguyễn Văn An ${SAMPLE}` },
      ...content,
    },
  });
  if (status === 'draft') return draft;
  const submitted = await submitPlan(deps, drafter, draft.id);
  if (status === 'submitted') return submitted;
  const leader = await actingAs(deps, unit, approver, 'leader');
  return issuePlan(deps, leader, draft.id, {
    ...(number !== undefined ? { number } : {}),
    ...(issuedOn !== undefined ? { issuedOn } : {}),
  });
}

/**
 * A task to play on the loudspeakers at least once a week, as plans word it ("tối thiểu 01
 * lần/tuần"): once issued, each ISO week of the plan's period is a window the assignee's plays meet.
 */
export const weeklyLoudspeakerDuty = (
  text = `Phát thanh tuyên truyền bầu cử trên loa ${SAMPLE}`,
): AssignmentTask => ({
  text,
  channel: 'loudspeaker',
  frequencyText: 'tối thiểu 01 lần/tuần',
  recurrence: { count: 1, per: 'week' },
  deadline: null,
  target: null,
});
