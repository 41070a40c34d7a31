import type { Repos } from '../ports';
import { DomainError, type FieldIssue } from '../shared/domain-error';
import { isWithin, type Unit } from '../units/unit';
import type { PlanContent } from './plan';

/**
 * Refuses assignments pointing at units outside the issuer's reach (an issuer assigns work
 * downwards only; an agency, within the node it is attached to; a working group, to its members
 * and its own subtree) or at units that do not exist. Throws validation naming each field.
 */
export async function checkAssignees(
  repos: Pick<Repos, 'units' | 'groups'>,
  issuer: Unit,
  content: Pick<PlanContent, 'assignments'>,
): Promise<void> {
  const ids = content.assignments.map((a) => a.unitId).filter((id): id is string => !!id);
  if (ids.length === 0) return;
  // An agency acts for the node it is attached to (a city's outreach subcommittee assigns the
  // city's departments), so its reach is that node's subtree.
  const parent =
    issuer.kind === 'agency' && issuer.parentId ? await repos.units.get(issuer.parentId) : null;
  const reach = parent ?? issuer;
  // A working group assigns work to its members, wherever they sit in its parent's subtree.
  const members =
    issuer.kind === 'group'
      ? new Set((await repos.groups.members(issuer.id)).map((m) => m.memberId))
      : new Set<string>();
  const found = new Map((await repos.units.getMany([...new Set(ids)])).map((u) => [u.id, u]));
  const issues: FieldIssue[] = [];
  content.assignments.forEach((a, i) => {
    if (!a.unitId) return;
    const unit = found.get(a.unitId);
    if (!unit || (!members.has(unit.id) && !isWithin(unit.path, reach.path))) {
      issues.push({
        path: `assignments.${i}.unitId`,
        message:
          issuer.kind === 'group'
            ? `"${a.unitName || 'Đơn vị'}" không phải thành viên của ${issuer.name}; chỉ giao nhiệm vụ cho thành viên hoặc đơn vị trực thuộc.`
            : `"${a.unitName || 'Đơn vị'}" không thuộc phạm vi của ${reach.name}; chỉ giao nhiệm vụ cho đơn vị cấp dưới.`,
      });
    }
  });
  if (issues.length)
    throw new DomainError('validation', issues[0]?.message ?? 'Đơn vị được giao không hợp lệ.', {
      issues,
    });
}
