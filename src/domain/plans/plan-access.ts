import { authorize, type Action, type Actor } from '../accounts/access';
import { isWithin } from '../units/unit';
import type { Plan } from './plan';

/**
 * Who may see a plan: the issuing unit and every unit above it (the usual scope rule), and,
 * once issued, every unit below the issuer too, since an issued plan is addressed down the tree
 * and lower units derive their own from it. Drafts stay with the issuer and those above.
 * Throws not_found or forbidden like `authorize`.
 */
export function authorizePlan(
  actor: Actor,
  action: Action,
  plan: Pick<Plan, 'status'>,
  issuerPath: string,
): void {
  const addressedToActor =
    plan.status !== 'draft' && plan.status !== 'submitted' && isWithin(actor.unitPath, issuerPath);
  if (action === 'work.read' && addressedToActor) return authorize(actor, action);
  authorize(actor, action, issuerPath);
}
