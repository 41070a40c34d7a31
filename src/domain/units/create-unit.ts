import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { conflict } from '../shared/domain-error';
import { getUnit } from './get-unit';
import { childPath, type Unit, type UnitKind } from './unit';
import { assertUniqueSiblingName } from './sibling-names';
import { cleanUnitFields } from './unit-input';

export interface CreateUnitInput {
  parentId: string;
  name: string;
  shortName?: string | null;
  kind: UnitKind;
  code?: string | null;
}

/**
 * Adds a unit under a parent in the actor's subtree. Throws not_found, forbidden, validation,
 * conflict (code taken, or a sibling already has the name, case and diacritics aside).
 */
export async function createUnit(
  deps: Writes<'units' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  input: CreateUnitInput,
): Promise<Unit> {
  const parent = await getUnit(deps, actor, input.parentId);
  authorize(actor, 'unit.write', parent.path);
  const fields = cleanUnitFields(input);
  return deps.uow.transaction(async (repos) => {
    if (fields.code && (await repos.units.findByCode(fields.code))) {
      throw conflict(`Mã đơn vị "${fields.code}" đã được dùng.`);
    }
    await assertUniqueSiblingName(repos, parent, fields.name);
    const id = deps.ids.newId();
    const now = deps.clock.now();
    const unit: Unit = {
      id,
      parentId: parent.id,
      path: childPath(parent.path, id),
      depth: parent.depth + 1,
      name: fields.name,
      shortName: fields.shortName ?? null,
      kind: fields.kind,
      code: fields.code ?? null,
      active: true,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await repos.units.insert(unit);
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'unit',
      entityId: unit.id,
      action: 'create',
      changes: { name: unit.name, kind: unit.kind, parentId: parent.id, code: unit.code },
    });
    return unit;
  });
}
