import { authorize, type Action, type Actor } from '../accounts/access';
import { isWithin } from '../units/unit';
import type { Plan } from './plan';

/**
 * Who may see a plan: the issuing unit and every unit above it (the usual scope rule), and,
 * once issued, every unit below the issuer too, since an issued plan is addressed down the tree
 * and lower units derive their own from it, and to each unit it assigns work to (a working
 * group's members, the units named in its Nơi nhận). Drafts stay with the issuer and those above.
 * Throws not_found or forbidden like `authorize`.
 */
export function authorizePlan(
  actor: Actor,
  action: Action,
  plan: Pick<Plan, 'status'> & Partial<Pick<Plan, 'assignments' | 'recipients'>>,
  issuerPath: string,
): void {
  const issued = plan.status !== 'draft' && plan.status !== 'submitted';
  // A working group's members sit outside its subtree: an issued plan is addressed to them too.
  const assignedToActor = (plan.assignments ?? []).some((a) => a.unitId === actor.unitId);
  // So is a unit named in its "Nơi nhận", which must be able to open it to confirm receipt.
  const namedToActor = (plan.recipients ?? []).some((r) => r.unitId === actor.unitId);
  const addressedToActor =
    issued && (isWithin(actor.unitPath, issuerPath) || assignedToActor || namedToActor);
  if (action === 'work.read' && addressedToActor) authorize(actor, action);
  else authorize(actor, action, issuerPath);
}
