import type { Election } from './election';
import type { Milestone } from './milestones';
import type { ResultFigures } from './results';

export interface District {
  id: string;
  electionId: string;
  unitId: string;
  unitPath: string;
  unitName: string;
  name: string;
  seats: number;
  candidatesPublishedAt: Date | null;
  resultsPublishedAt: Date | null;
}

/** What publishing a district depends on: four eyes and compare-and-set. */
export interface DistrictState {
  candidatesVersion: number;
  /** Who changed the candidate list since it was last published. */
  candidateEditors: string[];
  candidatesPublishedAt: Date | null;
  resultsPublishedAt: Date | null;
}

export interface PollingArea {
  id: string;
  electionId: string;
  districtId: string;
  unitId: string;
  unitPath: string;
  name: string;
  address: string;
  voterCount: number;
  villages: Array<{ id: string; name: string }>;
}

export interface Candidate {
  id: string;
  electionId: string;
  districtId: string;
  fullName: string;
  birthYear: number | null;
  gender: 'male' | 'female' | null;
  occupation: string | null;
  workplace: string | null;
  biography: string | null;
  programmeHtml: string;
  hasPhoto: boolean;
  sort: number;
}

export interface ResultRow extends ResultFigures {
  id: string;
  electionId: string;
  districtId: string;
  pollingAreaId: string | null;
  updatedAt: Date;
  /** Who entered the count: under embargo they still see what they typed, to correct it. */
  enteredBy?: string | null;
}

export interface NewPollingArea extends Omit<PollingArea, 'villages'> {
  villageIds: string[];
}

export interface VoterInfoText {
  key: 'rights_duties' | 'how_to_vote';
  title: string;
  body: string;
  unitId: string | null;
  updatedAt: Date | null;
}

/** A sub-unit's doing of a per-sub-unit milestone, with the photo that shows it. */
export interface MilestoneCompletion {
  id: string;
  milestoneId: string;
  electionId: string;
  unitId: string;
  unitPath: string;
  doneOn: string;
  photoKey: string;
  photoType: string;
  note: string | null;
  createdBy: string;
  createdAt: Date;
}

/** A calendar subscription as its owner sees it: what it shows, never its token. */
export interface CalendarFeedListItem {
  id: string;
  electionId: string | null;
  electionName: string | null;
  unitId: string | null;
  unitName: string | null;
  createdAt: Date;
}

/** Storage of elections and what hangs off them; queries only, no rules. */
export interface ElectionRepository {
  insert(e: Election): Promise<void>;
  update(e: Election): Promise<void>;
  get(id: string): Promise<Election | null>;
  getBySlug(slug: string): Promise<Election | null>;
  slugTaken(slug: string): Promise<boolean>;
  /** Elections whose scope is within `path` or contains it (an ancestor's election applies below). */
  findTouching(path: string): Promise<Election[]>;
  milestones(electionId: string): Promise<Milestone[]>;
  milestonesOf(electionIds: string[]): Promise<Milestone[]>;
  insertMilestones(ms: Milestone[]): Promise<void>;
  updateMilestone(
    m: Milestone,
    file?: { name: string; type: string; bytes: Buffer } | null,
  ): Promise<void>;
  /** Deletes a milestone and, by cascade, its sub-units' completions. */
  deleteMilestone(id: string): Promise<void>;
  /** Completions of these milestones by units at or below `withinPath`. */
  completions(milestoneIds: string[], withinPath: string): Promise<MilestoneCompletion[]>;
  /** Records a unit's completion, replacing the one it had for that milestone. */
  saveCompletion(c: MilestoneCompletion): Promise<void>;
  deleteCompletion(id: string): Promise<void>;
  milestoneFile(id: string): Promise<{ name: string; type: string; bytes: Buffer } | null>;
  districts(electionId: string, withinPath?: string): Promise<District[]>;
  getDistrict(id: string): Promise<District | null>;
  insertDistrict(
    d: Omit<District, 'unitName' | 'candidatesPublishedAt' | 'resultsPublishedAt'>,
  ): Promise<void>;
  /**
   * Publishes a district's candidate list or results while it still matches `expect` (the list's
   * version the publisher checked; results not yet published); false when it does not.
   */
  setDistrictPublished(
    id: string,
    what: 'candidates' | 'results',
    at: Date | null,
    by: string | null,
    expect?: { candidatesVersion?: number; resultsUnpublished?: boolean },
  ): Promise<boolean>;
  /** The district's publication state, its row locked for the rest of the transaction. */
  lockDistrict(id: string): Promise<DistrictState | null>;
  /** A change to the district's candidates: bumps the list's version, notes who made it. */
  touchCandidates(districtId: string, changedBy: string): Promise<void>;
  /** Who entered the district's current results. */
  resultEditors(districtId: string): Promise<string[]>;
  pollingAreas(electionId: string, withinPath?: string): Promise<PollingArea[]>;
  /** The polling areas of an election that serve any of these villages. */
  pollingAreasServing(electionId: string, villageIds: string[]): Promise<PollingArea[]>;
  insertPollingArea(p: NewPollingArea): Promise<void>;
  candidates(districtIds: string[]): Promise<Candidate[]>;
  getCandidate(id: string): Promise<Candidate | null>;
  saveCandidate(c: Candidate): Promise<void>;
  deleteCandidate(id: string): Promise<void>;
  setPhoto(id: string, photo: { type: string; bytes: Buffer } | null): Promise<void>;
  photo(id: string): Promise<{ type: string; bytes: Buffer } | null>;
  results(districtIds: string[]): Promise<ResultRow[]>;
  /** Replaces the count of one polling area (or of the district, when null). */
  replaceResult(r: ResultRow, enteredBy: string): Promise<void>;
  /** The texts the units wrote, deepest unit first (the nearest text to a place comes first). */
  voterInfo(unitIds: string[]): Promise<VoterInfoText[]>;
  saveVoterInfo(t: {
    unitId: string;
    unitPath: string;
    key: VoterInfoText['key'];
    title: string;
    body: string;
    by: string;
    at: Date;
    id: string;
  }): Promise<void>;
  insertFeed(f: {
    id: string;
    tokenHash: string;
    electionId: string | null;
    unitId: string | null;
    createdBy: string;
    at: Date;
  }): Promise<void>;
  /** The feed of a token, while its owner's account is active (a deactivated owner's feeds stop). */
  feedByToken(
    tokenHash: string,
  ): Promise<{ electionId: string | null; unitId: string | null } | null>;
  /** The calendar feeds a user has made, newest first. */
  feedsOf(userId: string): Promise<CalendarFeedListItem[]>;
  /** Deletes a feed of this owner; false when there is none (or it is someone else's). */
  deleteFeed(id: string, ownerId: string): Promise<boolean>;
  /** Every active place (not agencies) for the portal's place index. */
  places(): Promise<
    Array<{
      id: string;
      parentId: string | null;
      name: string;
      shortName: string | null;
      kind: string;
      path: string;
    }>
  >;
}
