import type { Reads } from '../domain/deps';
import type { Election } from '../domain/elections/election';
import { voterInfoFrom } from '../domain/elections/voter-info';
import { placeFragments, type NewsSource } from './election-data';
import type { Loaded, Memo } from './fragment-cache';
import type { Place } from './place-index';

const idsOf = (path: string) => path.split('/').filter(Boolean);

/**
 * A memo for one group of pages: what the warm-up read, then whatever the pages load (a
 * district's lists and results, the election's steps), shared by the group's pages and gone with
 * the group. The shared fragment cache is left to the pages voters ask for: the prerender would
 * otherwise fill it with every district and village of the country, to be read once.
 */
export function groupMemo(warmed: Map<string, unknown>): Memo {
  const loaded = new Map<string, Promise<unknown>>();
  for (const [key, value] of warmed) loaded.set(key, Promise.resolve(value));
  return <T>(key: string, load: () => Promise<Loaded<T>>): Promise<T> => {
    let value = loaded.get(key);
    if (!value) {
      value = load().then((l) => l.value);
      loaded.set(key, value);
    }
    return value as Promise<T>;
  };
}

/**
 * Loads what the pages of the places under one parent read for themselves (polling areas, voter
 * information, news) in a few queries for all of them, under the keys the page builder asks its
 * memo for: the builder then renders each page from memory, as it would have loaded it alone.
 */
export async function warmPlaces(
  deps: Reads<'elections'>,
  election: Election,
  parent: Place,
  places: Array<{ place: Place; trail: Place[] }>,
  news: NewsSource,
): Promise<Map<string, unknown>> {
  const villages = places.filter((p) => p.place.kind === 'village');
  const ids = places.map((p) => p.place.id);
  const [areas, stored, newsByPlace] = await Promise.all([
    deps.repos.elections.pollingAreasServing(
      election.id,
      villages.map((v) => v.place.id),
    ),
    election.type === 'VILLAGE_HEAD'
      ? Promise.resolve([])
      : deps.repos.elections.voterInfo([...idsOf(parent.path), ...ids]),
    news.many
      ? news.many(
          election,
          parent,
          places.map((p) => p.place),
        )
      : Promise.resolve(null),
  ]);
  const warmed = new Map<string, unknown>();
  for (const { place, trail } of places) {
    const keys = placeFragments(election, trail);
    if (place.kind === 'village')
      warmed.set(
        keys.areas,
        areas.filter((a) => a.villages.some((v) => v.id === place.id)),
      );
    const onPath = new Set(idsOf(place.path));
    warmed.set(
      keys.voterInfo,
      voterInfoFrom(
        stored.filter((t) => t.unitId !== null && onPath.has(t.unitId)),
        election,
      ),
    );
    const own = newsByPlace?.get(place.id);
    if (own) warmed.set(keys.news, own);
  }
  return warmed;
}
