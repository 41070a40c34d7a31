import type { Actor } from '../accounts/access';
import { diff, recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { conflict, DomainError } from '../shared/domain-error';
import { checkAssignees } from './check-assignees';
import { getPlan } from './get-plan';
import type { Plan, PlanContent } from './plan';

/**
 * Saves edits to a draft (autosave calls this too) as they were typed, complete or not: empty
 * dates, an inverted period, a task without text are kept and refused only when the draft is
 * submitted (`refuseIncomplete`). `version` is the one the editor loaded: if someone saved in
 * between, throws conflict and nothing is overwritten. Issued plans are read-only (conflict; make
 * a new version). Throws validation only for an assignment to a unit outside the issuer's reach.
 */
export async function updatePlan(
  deps: Writes<'plans' | 'units' | 'groups' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  id: string,
  input: { version: number; content: Partial<PlanContent> },
): Promise<Plan> {
  const { plan, unit } = await getPlan(deps, actor, id, 'work.write');
  if (plan.status !== 'draft') {
    throw conflict(
      plan.status === 'submitted'
        ? 'Kế hoạch đang chờ duyệt; hãy đề nghị trả lại để sửa.'
        : 'Kế hoạch đã ban hành chỉ đọc; hãy tạo phiên bản mới để sửa.',
    );
  }
  const next: PlanContent = { ...plan, ...input.content };
  await checkAssignees(deps.repos, unit, next, { draft: true });
  return deps.uow.transaction(async (repos) => {
    const saved = await repos.plans.update(
      id,
      input.version,
      input.content,
      deps.clock.now(),
      actor.userId,
    );
    if (!saved) {
      throw new DomainError(
        'conflict',
        'Người khác vừa lưu kế hoạch này. Bản của bạn chưa được lưu: hãy tải lại để xem bản mới, rồi sửa tiếp.',
        {
          details: { currentVersion: (await repos.plans.get(id))?.version ?? null },
        },
      );
    }
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'plan',
      entityId: id,
      action: 'update',
      changes: summarise(diff(plan, input.content)),
    });
    return saved;
  });
}

/** Keeps audit rows readable: long texts are recorded as changed, not copied whole. */
function summarise(
  changes: Record<string, { from: unknown; to: unknown }>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(changes)) {
    const big = JSON.stringify(v).length > 300;
    out[k] = big ? 'đã sửa' : v;
  }
  return out;
}
