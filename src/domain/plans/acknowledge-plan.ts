import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { DomainError } from '../shared/domain-error';
import { getUnit } from '../units/get-unit';
import { getPlan } from './get-plan';
import { isIssued } from './plan';
import { planRecipientIds } from './plan-recipients';
import type { PlanAcknowledgement } from './plan-receipts.port';

/**
 * A unit an issued plan was sent to confirms it received it ("đã nhận"); doing it twice changes
 * nothing and answers the first confirmation, as acknowledging content does.
 * Throws not_found (plan or unit out of scope, or the plan was not sent to the unit), forbidden.
 */
export async function acknowledgePlan(
  deps: Writes<'plans' | 'units' | 'planReceipts' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  id: string,
  input: { unitId?: string },
): Promise<PlanAcknowledgement> {
  const { plan } = await getPlan(deps, actor, id);
  const unit = await getUnit(deps, actor, input.unitId ?? actor.unitId);
  authorize(actor, 'work.write', unit.path);
  const sent = isIssued(plan.status);
  const recipients = sent
    ? planRecipientIds(plan, await deps.repos.planReceipts.assigneeUnitIds(plan.id))
    : [];
  if (!recipients.includes(unit.id))
    throw new DomainError('not_found', `Kế hoạch này không gửi tới ${unit.name}.`);
  const earlier = async () =>
    (await deps.repos.planReceipts.acknowledgements(plan.id)).find((a) => a.unitId === unit.id);
  const before = await earlier();
  if (before) return before;
  const now = deps.clock.now();
  const first = await deps.uow.transaction(async (repos) => {
    // The unique key decides between two at once: one records it, the other reads it.
    if (!(await repos.planReceipts.acknowledge(plan.id, unit.id, actor.userId, now))) return false;
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'plan',
      entityId: plan.id,
      action: 'acknowledge',
      changes: { unit: unit.name },
    });
    return true;
  });
  const stored = first ? null : await earlier();
  return (
    stored ?? {
      unitId: unit.id,
      acknowledgedBy: actor.userId,
      acknowledgedByName: actor.displayName,
      acknowledgedAt: now,
    }
  );
}
