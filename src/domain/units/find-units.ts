import { authorize, type Actor } from '../accounts/access';
import type { Deps } from '../deps';
import { foldVietnamese } from '../shared/text';
import { getUnit } from './get-unit';
import type { UnitListItem } from './units.port';

export interface FindUnitsInput {
  search?: string;
  parentId?: string;
  includeInactive?: boolean;
  limit?: number;
}

/**
 * Units of the actor's subtree: children of `parentId`, or matches of `search` with diacritics
 * ignored ("cam binh" finds "Cẩm Bình"), or, with neither, the actor's own unit.
 */
export async function findUnits(
  deps: Pick<Deps, 'repos'>,
  actor: Actor,
  input: FindUnitsInput,
): Promise<UnitListItem[]> {
  authorize(actor, 'unit.read');
  if (input.parentId) await getUnit(deps, actor, input.parentId);
  const search = input.search ? foldVietnamese(input.search) : undefined;
  const items = await deps.repos.units.find({
    withinPath: actor.unitPath,
    ...(search ? { search } : {}),
    ...(input.parentId ? { parentId: input.parentId } : {}),
    includeInactive: input.includeInactive ?? false,
    limit: input.limit ?? 100,
  });
  if (search || input.parentId) return items;
  return items.filter((u) => u.id === actor.unitId);
}
