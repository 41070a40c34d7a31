import type { Repos } from '../ports';
import { DomainError, type FieldIssue } from '../shared/domain-error';
import { isWithin, type Unit } from '../units/unit';
import { assigneesOf, namedUnitIds, reachOf } from './assignment-units';
import type { PlanContent } from './plan';

/**
 * Refuses assignments pointing at units outside the issuer's reach (an issuer assigns work
 * downwards only; an agency, within the node it is attached to; a working group, to its members
 * and its own subtree), at units that do not exist, or at "all units of a kind" that finds none.
 * Each named unit is checked on its own. A draft (`draft`) is refused only what is outside reach:
 * an "all of a kind" that finds none is its drafter's to fix before submitting. Returns the units
 * each assignment reaches, in the assignments' order. Throws validation naming each field.
 */
export async function checkAssignees(
  repos: Pick<Repos, 'units' | 'groups'>,
  issuer: Unit,
  content: Pick<PlanContent, 'assignments'>,
  { draft = false }: { draft?: boolean } = {},
): Promise<Unit[][]> {
  if (!content.assignments.some((a) => namedUnitIds(a).length > 0 || a.allOf)) {
    return content.assignments.map(() => []);
  }
  const reach = await reachOf(repos, issuer);
  // A working group assigns work to its members, wherever they sit in its parent's subtree.
  const members =
    issuer.kind === 'group'
      ? new Set((await repos.groups.members(issuer.id)).map((m) => m.memberId))
      : new Set<string>();
  const ids = content.assignments.flatMap((a) => [
    ...namedUnitIds(a),
    ...(a.allOf?.underId ? [a.allOf.underId] : []),
  ]);
  const found = new Map((await repos.units.getMany([...new Set(ids)])).map((u) => [u.id, u]));
  const inReach = (unit: Unit): boolean => members.has(unit.id) || isWithin(unit.path, reach.path);
  const outside = (id: string): boolean => {
    const unit = found.get(id);
    return !unit || !inReach(unit);
  };
  const refusal = (name: string): string =>
    issuer.kind === 'group'
      ? `"${name || 'Đơn vị'}" không phải thành viên của ${issuer.name}; chỉ giao nhiệm vụ cho thành viên hoặc đơn vị trực thuộc.`
      : `"${name || 'Đơn vị'}" không thuộc phạm vi của ${reach.name}; chỉ giao nhiệm vụ cho đơn vị cấp dưới.`;
  const issues: FieldIssue[] = [];
  const resolved: Unit[][] = [];
  for (const [i, a] of content.assignments.entries()) {
    if (a.unitId && outside(a.unitId))
      issues.push({ path: `assignments.${i}.unitId`, message: refusal(a.unitName) });
    (a.unitIds ?? []).forEach((id, j) => {
      if (outside(id))
        issues.push({
          path: `assignments.${i}.unitIds.${j}`,
          message: refusal(found.get(id)?.name ?? a.unitName),
        });
    });
    const underId = a.allOf?.underId;
    if (underId && outside(underId))
      issues.push({
        path: `assignments.${i}.allOf.underId`,
        message: refusal(found.get(underId)?.name ?? a.unitName),
      });
    if (!draft && a.allOf?.kind === 'nation')
      issues.push({
        path: `assignments.${i}.allOf.kind`,
        message: 'Chọn một loại đơn vị cấp dưới.',
      });
    const units = await assigneesOf(repos, issuer, a);
    if (!draft && a.allOf && !units.some((u) => !namedUnitIds(a).includes(u.id)))
      issues.push({
        path: `assignments.${i}.allOf.kind`,
        message: `"${a.unitName || 'Đơn vị'}": không có đơn vị nào thuộc loại đã chọn trong phạm vi đã chọn.`,
      });
    resolved.push(units.filter(inReach));
  }
  if (issues.length)
    throw new DomainError('validation', issues[0]?.message ?? 'Đơn vị được giao không hợp lệ.', {
      issues,
    });
  return resolved;
}
