import type { Deps } from '../../domain/deps';
import { addGroupMember } from '../../domain/groups/manage-members';
import { createPlan } from '../../domain/plans/create-plan';
import { issuePlan } from '../../domain/plans/issue-plan';
import type { AssignmentTask, Channel, PlanContent } from '../../domain/plans/plan';
import { submitPlan } from '../../domain/plans/plan-transitions';
import { actorOf, unitId, type DemoIds } from './demo-actors';

/** A one-off task of a group's plan on one channel, due at the end of the campaign. */
export const groupTask = (text: string, channel: Channel, deadline: string): AssignmentTask => ({
  text,
  channel,
  frequencyText: null,
  recurrence: null,
  deadline,
  target: null,
});

/**
 * A working group of the demo, through the use cases: its leader adds the members for one
 * campaign (their weekly duty ends with it), its officer drafts and submits its plan, and the
 * leader issues it (four eyes).
 */
export async function seedGroupWithPlan(
  deps: Omit<Deps, 'mailer'>,
  units: DemoIds,
  g: {
    group: string;
    officer: string;
    leader: string;
    members: readonly string[];
    role?: string;
    from: string;
    to: string;
    content: Partial<PlanContent>;
    number?: number;
  },
): Promise<void> {
  const full = { ...deps, mailer: null };
  const officer = await actorOf(deps, g.officer);
  const leader = await actorOf(deps, g.leader);
  const groupId = unitId(units, g.group);
  for (const key of g.members)
    await addGroupMember(full, leader, {
      groupId,
      memberId: unitId(units, key),
      ...(g.role ? { role: g.role } : {}),
      from: g.from,
      reportUntil: g.to,
    });
  const plan = await createPlan(full, officer, { unitId: groupId, content: g.content });
  await submitPlan(full, officer, plan.id);
  await issuePlan(full, leader, plan.id, { number: g.number ?? null, issuedOn: g.from });
}
