import { authorize, type Actor } from '../accounts/access';
import { diff, recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { conflict } from '../shared/domain-error';
import { getUnit } from './get-unit';
import type { Unit } from './unit';
import { assertUniqueSiblingName } from './sibling-names';
import { cleanUnitFields } from './unit-input';
import type { UnitPatch } from './units.port';

/**
 * Renames or re-codes a unit. `version` is the one the editor loaded: when someone saved in
 * between, throws conflict and nothing is overwritten; a name a sibling already has (case and
 * diacritics aside) is a conflict too. Also throws not_found, forbidden, validation.
 */
export async function updateUnit(
  deps: Writes<'units' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  id: string,
  input: UnitPatch & { version: number },
): Promise<Unit> {
  const current = await getUnit(deps, actor, id);
  authorize(actor, 'unit.write', current.path);
  const { version, ...patch } = cleanUnitFields(input);
  return deps.uow.transaction(async (repos) => {
    if (patch.code && patch.code !== current.code) {
      const holder = await repos.units.findByCode(patch.code);
      if (holder && holder.id !== id) throw conflict(`Mã đơn vị "${patch.code}" đã được dùng.`);
    }
    const parent = current.parentId ? await repos.units.get(current.parentId) : null;
    if (parent && patch.name !== undefined && patch.name !== current.name)
      await assertUniqueSiblingName(repos, parent, patch.name, id);
    const updated = await repos.units.update(id, version, patch, deps.clock.now());
    if (!updated) {
      throw conflict(
        'Đơn vị đã được người khác sửa trong lúc bạn chỉnh. Hãy tải lại để xem bản mới nhất.',
      );
    }
    await recordChange(repos, deps, actor, {
      unitId: id,
      entity: 'unit',
      entityId: id,
      action: 'update',
      changes: diff(current, patch),
    });
    return updated;
  });
}
