import type { Change } from '../domain/shared/ports';

/**
 * The cache tags a change makes stale, shared by the in-memory caches and the CDN purge: pages
 * are tagged with their election (`election:<id>`), each unit on their place's path
 * (`unit:<id>`), each electoral district they show (`district:<id>`), and `lists` for the pages that
 * list elections. `all` when anything may be stale.
 */
export function tagsOf(change: Change): string[] | 'all' {
  switch (change.kind) {
    case 'election':
      return change.districtId
        ? [`district:${change.districtId}`]
        : [`election:${change.electionId}`, 'lists'];
    case 'unit':
      return [`unit:${change.unitId}`];
    case 'elections':
      return ['lists'];
    case 'everything':
      return 'all';
  }
}
