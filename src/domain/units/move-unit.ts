import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { conflict, DomainError } from '../shared/domain-error';
import { getUnit } from './get-unit';
import { assertUniqueSiblingName } from './sibling-names';
import { childPath, isWithin, type Unit } from './unit';

/**
 * Moves a unit, with its whole subtree, under another parent in the actor's scope. Throws
 * validation when moving a unit into itself or its own subtree or moving the actor's own root, and
 * conflict when the unit or its new parent was moved meanwhile, or when the new parent already
 * has a unit of the same name (case and diacritics aside).
 */
export async function moveUnit(
  deps: Writes<'units' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'changes'>,
  actor: Actor,
  id: string,
  newParentId: string,
): Promise<Unit> {
  const unit = await getUnit(deps, actor, id);
  const parent = await getUnit(deps, actor, newParentId);
  authorize(actor, 'unit.write', unit.path);
  if (unit.id === actor.unitId) {
    throw new DomainError('validation', 'Không thể chuyển đơn vị gốc của tài khoản.', {
      issues: [{ path: 'parentId', message: 'Không thể chuyển đơn vị gốc của tài khoản.' }],
    });
  }
  if (isWithin(parent.path, unit.path)) {
    const message = 'Không thể chuyển một đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.';
    throw new DomainError('validation', message, { issues: [{ path: 'parentId', message }] });
  }
  if (parent.id === unit.parentId) return unit;
  const newPath = childPath(parent.path, unit.id);
  const at = deps.clock.now();
  const moved = await deps.uow.transaction(async (repos) => {
    await assertUniqueSiblingName(repos, parent, unit.name, unit.id);
    const done = await repos.units.moveSubtree(unit.id, parent.id, unit.path, newPath, at);
    if (!done) throw conflict('Đơn vị vừa được chuyển đi nơi khác; hãy tải lại rồi thử lại.');
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'unit',
      entityId: unit.id,
      action: 'update',
      changes: { parentId: { from: unit.parentId, to: parent.id } },
    });
    const after = await repos.units.get(unit.id);
    if (!after) throw new DomainError('internal', 'Đơn vị biến mất khi đang chuyển.');
    return after;
  });
  // Portal pages of every place in the subtree carry the moved unit's tag (their trail runs
  // through it); the two parents' pages list their children. Published once the move is committed.
  for (const unitId of [unit.id, unit.parentId, parent.id]) {
    if (unitId) deps.changes.publish({ kind: 'unit', unitId });
  }
  return moved;
}
