import type { Reads } from '../domain/deps';
import type { Election } from '../domain/elections/election';
import { isWithin } from '../domain/units/unit';
import { loadElectionPage, type NewsSource } from './election-data';
import { renderElectionPage } from './election.page';
import type { FragmentCache, Memo } from './fragment-cache';
import type { Place, PlaceIndex } from './place-index';
import { dayKey } from './page-cache';
import type { PrerenderGroup } from './prerender';
import { groupMemo, warmPlaces } from './prerender-warm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type BuiltPage =
  { page: { status: number; html: string }; tags: string[] } | { missing: string };

/**
 * The election page of a place, built one at a time when a voter asks for it, or all of them
 * ahead by the prerender: one builder, so both give the same bytes.
 */
export function electionPages(ctx: {
  deps: Reads<'elections'>;
  news: NewsSource;
  fragments: FragmentCache;
  places: () => Promise<PlaceIndex>;
  today: () => string;
  elections: () => Promise<Election[]>;
}) {
  const { deps, news, fragments } = ctx;
  /** What the page of a place is called in the page cache, before its day. */
  const page = (slug: string, placeId: string) => `election|${slug}|${placeId}`;

  const bySlug = (slug: string) =>
    fragments.memo(`slug|${slug}`, async () => {
      const found = await deps.repos.elections.getBySlug(slug);
      return found
        ? { value: found, tags: ['lists', `election:${found.id}`] }
        : { value: found, tags: ['lists'], keep: false };
    });

  // A village's page is tagged with every unit above it: the same few strings for the ~100,000
  // pages held, kept once each.
  const tagNames = new Map<string, string>();
  const tag = (kind: string, id: string) => {
    const name = `${kind}:${id}`;
    const known = tagNames.get(name);
    if (known) return known;
    tagNames.set(name, name);
    return name;
  };

  const render = async (
    election: Election,
    idx: PlaceIndex,
    place: Place,
    memo: Memo = fragments.memo,
  ): Promise<BuiltPage> => {
    const trail = idx.trail(place.id);
    const childIds = idx.childrenOf(place.id).map((p) => p.id);
    const data = await loadElectionPage(deps, election, trail, news, childIds, memo);
    if (!data) return { missing: 'thông tin cuộc bầu cử tại địa phương này' };
    return {
      page: { status: 200, html: renderElectionPage(data, ctx.today()) },
      tags: [
        tag('election', election.id),
        ...trail.map((t) => tag('unit', t.id)),
        ...data.districts.map((d) => tag('district', d.district.id)),
      ],
    };
  };

  const build = async (slug: string, placeId: string): Promise<BuiltPage> => {
    const election = await bySlug(slug);
    const idx = await ctx.places();
    const place = UUID.test(placeId) ? idx.get(placeId) : undefined;
    if (!election || !place) return { missing: election ? 'địa phương này' : 'cuộc bầu cử này' };
    return render(election, idx, place);
  };

  /**
   * Every election's pages for the places it covers, grouped by parent: the election's own unit,
   * then the children of each place under it. Pages of places above the election's unit are few
   * and built when asked for.
   */
  const groups = async (): Promise<PrerenderGroup[]> => {
    const [idx, elections] = await Promise.all([ctx.places(), ctx.elections()]);
    const day = ctx.today();
    const out: PrerenderGroup[] = [];
    for (const election of elections) {
      const root = idx.get(election.unitId);
      if (!root || !isWithin(root.path, election.unitPath)) continue;
      const ahead = (place: Place, memo?: () => Memo) => ({
        key: dayKey(page(election.slug, place.id), day),
        build: async () => {
          const built = await render(election, idx, place, memo?.());
          return 'missing' in built ? null : built;
        },
      });
      const rootMemo = groupMemo(new Map());
      out.push({ warm: () => Promise.resolve(), pages: [ahead(root, () => rootMemo)] });
      const parents = [root];
      for (let i = 0; i < parents.length; i++) {
        const parent = parents[i] as Place;
        const children = idx.childrenOf(parent.id);
        if (children.length === 0) continue;
        parents.push(...children);
        let memo: Memo = groupMemo(new Map());
        out.push({
          warm: async () => {
            memo = groupMemo(
              await warmPlaces(
                deps,
                election,
                parent,
                children.map((place) => ({ place, trail: idx.trail(place.id) })),
                news,
              ),
            );
          },
          pages: children.map((child) => ahead(child, () => memo)),
        });
      }
    }
    return out;
  };

  return { page, build, groups };
}
