import { authorize, type Actor } from '../accounts/access';
import type { Reads } from '../deps';
import { foldVietnamese } from '../shared/text';
import { invalid } from '../shared/domain-error';
import { getUnit } from './get-unit';
import { isWithin } from './unit';
import type { UnitListItem } from './units.port';

export interface FindUnitsInput {
  search?: string;
  parentId?: string;
  includeInactive?: boolean;
  limit?: number;
  /** Candidates for members of this working group: its parent's subtree (needs unit.write on it). */
  candidatesFor?: string;
}

/**
 * Units of the actor's subtree: children of `parentId`, or matches of `search` with diacritics
 * ignored ("cam binh" finds "Cẩm Bình"), each with its parents' names, or, with neither, the
 * actor's own unit.
 */
export async function findUnits(
  deps: Reads<'units'>,
  actor: Actor,
  input: FindUnitsInput,
): Promise<UnitListItem[]> {
  authorize(actor, 'unit.read');
  if (input.parentId) await getUnit(deps, actor, input.parentId);
  const search = input.search ? foldVietnamese(input.search) : undefined;
  // A group's leader picks members among the units its parent reaches, above the group itself:
  // names only, for the members picker, and only for who may change the group.
  let withinPath = actor.unitPath;
  if (input.candidatesFor) {
    const group = await getUnit(deps, actor, input.candidatesFor);
    authorize(actor, 'unit.write', group.path);
    const parent =
      group.kind === 'group' && group.parentId ? await deps.repos.units.get(group.parentId) : null;
    if (!parent) throw invalid('candidatesFor', `${group.name} không phải ban, tổ công tác.`);
    withinPath = parent.path;
  }
  const items = await deps.repos.units.find({
    withinPath,
    ...(search ? { search } : {}),
    ...(input.parentId ? { parentId: input.parentId } : {}),
    includeInactive: input.includeInactive ?? false,
    limit: input.limit ?? 100,
  });
  if (search) return withTrails(deps, items, withinPath);
  if (input.parentId || input.candidatesFor) return items;
  return items.filter((u) => u.id === actor.unitId);
}

/**
 * Each found unit with the names of its parents inside `withinPath` (the nation aside), nearest
 * first, so units of the same name in different places ("Khu phố 1" of two wards) are told apart.
 */
async function withTrails(
  deps: Reads<'units'>,
  items: UnitListItem[],
  withinPath: string,
): Promise<UnitListItem[]> {
  const parentIds = (u: UnitListItem) => u.path.split('/').filter(Boolean).slice(0, -1).reverse();
  const ids = [...new Set(items.flatMap(parentIds))];
  const parents = new Map((await deps.repos.units.getMany(ids)).map((p) => [p.id, p]));
  return items.map((u) => ({
    ...u,
    trail: parentIds(u).flatMap((id) => {
      const p = parents.get(id);
      // "Toàn quốc" above every province tells no two places apart.
      return p && p.kind !== 'nation' && isWithin(p.path, withinPath) ? [p.name] : [];
    }),
  }));
}
