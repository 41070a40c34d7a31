import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { conflict, DomainError } from '../shared/domain-error';
import { getUnit } from './get-unit';
import type { Unit } from './unit';

/**
 * Deactivates (or reactivates) a unit. A unit with active child units or active users cannot be
 * deactivated (conflict), so nobody is cut off by surprise; its data is kept either way.
 */
export async function setUnitActive(
  deps: Writes<'units' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  id: string,
  active: boolean,
): Promise<Unit> {
  const unit = await getUnit(deps, actor, id);
  authorize(actor, 'unit.write', unit.path);
  if (!active && unit.id === actor.unitId) {
    throw new DomainError('validation', 'Không thể ngừng hoạt động đơn vị của chính tài khoản.');
  }
  return deps.uow.transaction(async (repos) => {
    if (!active) {
      const children = await repos.units.find({
        withinPath: unit.path,
        parentId: unit.id,
        limit: 1,
      });
      if (children.length > 0) {
        throw conflict(
          'Đơn vị còn đơn vị trực thuộc đang hoạt động; hãy ngừng hoạt động hoặc chuyển chúng trước.',
        );
      }
      const users = await repos.units.countActiveUsersWithin(unit.path);
      if (users > 0)
        throw conflict(
          `Đơn vị còn ${users} tài khoản đang hoạt động; hãy khóa hoặc chuyển chúng trước.`,
        );
    }
    const updated = await repos.units.update(unit.id, unit.version, { active }, deps.clock.now());
    if (!updated) throw conflict('Đơn vị vừa được người khác sửa. Hãy thử lại.');
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'unit',
      entityId: unit.id,
      action: 'update',
      changes: { active: { from: unit.active, to: active } },
    });
    return updated;
  });
}
