import type { Deps } from '../../../src/domain/deps';
import { childPath, type Unit } from '../../../src/domain/units/unit';
import { nextNumber } from './sequence';

/**
 * Inserts a unit under `parent` (or a root) with sensible defaults. Written through the repository,
 * not `createUnit`: that use case needs an actor above the unit, and a test's first unit has none.
 */
export async function buildUnit(
  deps: Pick<Deps, 'repos' | 'ids'>,
  overrides: Partial<Unit> & { parent?: Unit | null } = {},
): Promise<Unit> {
  const { parent = null, ...rest } = overrides;
  const id = deps.ids.newId();
  const now = new Date();
  const unit: Unit = {
    id,
    parentId: parent?.id ?? null,
    path: childPath(parent?.path ?? null, id),
    depth: parent ? parent.depth + 1 : 0,
    name: `Đơn vị thử ${nextNumber()}`,
    shortName: null,
    kind: parent ? 'commune' : 'province',
    code: null,
    active: true,
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...rest,
  };
  await deps.repos.units.insert(unit);
  return unit;
}
