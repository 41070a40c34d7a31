import { sanitizeHtml } from '../domain/shared/sanitize-html';
import type { Reads } from '../domain/deps';
import type { Election } from '../domain/elections/election';
import type {
  Candidate,
  District,
  PollingArea,
  VoterInfoText,
} from '../domain/elections/elections.port';
import { districtResult, type DistrictResult } from '../domain/elections/manage-results';
import type { Milestone } from '../domain/elections/milestones';
import { voterInfoAt } from '../domain/elections/voter-info';
import { seesMilestone } from '../domain/elections/election-access';
import { isWithin } from '../domain/units/unit';
import type { Place } from './place-index';
import { noMemo, type Memo } from './fragment-cache';

/** A news item or correction published by a unit (the content area fills this through the hook). */
export interface NewsItem {
  title: string;
  url: string;
  publishedOn: string;
  unitName: string;
  correction: boolean;
}

/**
 * Where the portal gets news and corrections; none until the content area provides them. `many`
 * reads the news of the places under one parent at once, for the prerender; null when it cannot
 * split them exactly, and each place then reads its own.
 */
export type NewsSource = ((election: Election, place: Place) => Promise<NewsItem[]>) & {
  many?: (
    election: Election,
    parent: Place,
    places: Place[],
  ) => Promise<Map<string, NewsItem[]> | null>;
};
export const noNews: NewsSource = () => Promise.resolve([]);

/**
 * The memo keys of what a place's page loads for itself, and the tags that drop them: shared by
 * a single page and by the prerender, which loads them for many places at once.
 */
export function placeFragments(election: Election, trail: Place[]) {
  const place = trail[trail.length - 1];
  return {
    areas: `areas|${election.id}|${place?.id}`,
    voterInfo: `voter-info|${election.id}|${place?.id}`,
    news: `news|${election.id}|${place?.id}`,
    tags: [`election:${election.id}`, ...trail.map((t) => `unit:${t.id}`)],
  };
}

export interface DistrictView {
  district: District;
  /** null while the official list is not published. */
  candidates: Candidate[] | null;
  /** null while results are embargoed. */
  result: DistrictResult | null;
}

export interface ElectionPageData {
  election: Election;
  place: Place;
  trail: Place[];
  milestones: Milestone[];
  areas: PollingArea[];
  districts: DistrictView[];
  voterInfo: VoterInfoText[];
  news: NewsItem[];
}

/** The polling areas that serve a place: a village's own, or those of a commune's villages. */
async function areasServing(
  deps: Reads<'elections'>,
  election: Election,
  place: Place,
  childIds: string[],
): Promise<PollingArea[]> {
  if (place.kind === 'village')
    return deps.repos.elections.pollingAreasServing(election.id, [place.id]);
  if (place.kind === 'commune')
    return deps.repos.elections.pollingAreasServing(election.id, childIds);
  return [];
}

/**
 * What the election page of a place shows, published data only: official candidate lists and
 * results that a leader has published; nothing under embargo is read into the page.
 */
export async function loadElectionPage(
  deps: Reads<'elections'>,
  election: Election,
  trail: Place[],
  news: NewsSource,
  childIds: string[] = [],
  memo: Memo = noMemo,
): Promise<ElectionPageData | null> {
  const place = trail[trail.length - 1];
  if (!place) return null;
  if (!isWithin(place.path, election.unitPath) && !isWithin(election.unitPath, place.path))
    return null;
  const electionTags = [`election:${election.id}`];
  const own = placeFragments(election, trail);
  const [milestones, areas, voterInfo, newsItems] = await Promise.all([
    memo(`milestones|${election.id}`, async () => ({
      value: await deps.repos.elections.milestones(election.id),
      tags: electionTags,
    })),
    memo(own.areas, async () => ({
      value: await areasServing(deps, election, place, childIds),
      tags: own.tags,
    })),
    // Keyed by the election: a village-head election's texts follow its own settings and day.
    memo(own.voterInfo, async () => ({
      value: await voterInfoAt(deps, place.path, election),
      tags: own.tags,
    })),
    memo(own.news, async () => ({ value: await news(election, place), tags: own.tags })),
  ]);
  const districtIds = [...new Set(areas.map((a) => a.districtId))];
  // A district's published lists and results, shared by every village it covers.
  const bundles = await Promise.all(
    districtIds.map((id) =>
      memo(`district|${id}`, async () => {
        const district = await deps.repos.elections.getDistrict(id);
        const [candidates, results] = await Promise.all([
          deps.repos.elections.candidates(district?.candidatesPublishedAt ? [id] : []),
          deps.repos.elections.results(district?.resultsPublishedAt ? [id] : []),
        ]);
        // The one HTML field voters read. It is sanitised on save, but seeds, bulk SQL imports
        // and restores write the column too, so the portal sanitises again rather than trust the
        // database: here, once per district, not on every page that lists it.
        const safe = candidates.map((c) => ({
          ...c,
          programmeHtml: sanitizeHtml(c.programmeHtml),
        }));
        return {
          value: { district, candidates: safe, results },
          tags: [...electionTags, `district:${id}`],
        };
      }),
    ),
  );
  const districts = bundles.map((b) => b.district).filter((d): d is District => d !== null);
  const candidates = bundles.flatMap((b) => b.candidates);
  const results = bundles.flatMap((b) => b.results);
  return {
    election,
    place,
    trail,
    // A ward's own steps show on its own pages and those above or below it, not a sibling's.
    milestones: milestones.filter((m) => m.forVoters && seesMilestone(m, { unitPath: place.path })),
    areas,
    voterInfo,
    news: newsItems,
    districts: districts.map((d) => ({
      district: d,
      candidates: d.candidatesPublishedAt ? candidates.filter((c) => c.districtId === d.id) : null,
      result: d.resultsPublishedAt
        ? districtResult(
            d,
            results.filter((r) => r.districtId === d.id),
            election.type,
            election.voteDenominator,
            election.voterBasis,
          )
        : null,
    })),
  };
}
