import type { Actor } from '../accounts/access';
import { forbidden } from '../shared/domain-error';
import type { Plan } from './plan';

/**
 * Four eyes: whoever wrote this version of a plan, changed it or submitted it may not issue it,
 * however it went back and forth. Throws forbidden naming which of these they did.
 */
export function refuseOwnPlan(
  plan: Pick<Plan, 'createdBy' | 'editors' | 'submittedBy'>,
  actor: Pick<Actor, 'userId'>,
): void {
  const me = actor.userId;
  const why =
    plan.createdBy === me
      ? 'Bạn là người soạn kế hoạch này'
      : plan.editors.includes(me)
        ? 'Bạn đã sửa kế hoạch này'
        : plan.submittedBy === me
          ? 'Bạn là người trình kế hoạch này'
          : null;
  if (why) throw forbidden(`${why} nên không tự duyệt, ban hành được; cần lãnh đạo khác duyệt.`);
}
