import type { Reads } from '../deps';
import type { ContentItem } from '../content/content';
import { ancestorIds, isWithin } from '../units/unit';

/**
 * Whether a unit's stations may play an item: the item belongs to the unit, to a unit above it
 * or below it, or was sent to the unit or a unit above it.
 */
export async function playableAt(
  deps: Reads<'content'>,
  item: Pick<ContentItem, 'id' | 'unitPath'>,
  unit: { id: string; path: string },
): Promise<boolean> {
  if (isWithin(unit.path, item.unitPath) || isWithin(item.unitPath, unit.path)) return true;
  return deps.repos.content.receivedByAny(item.id, [...ancestorIds(unit.path), unit.id]);
}
