import type { Claim, ClaimStatus, Verdict } from './claim';

export interface ClaimListItem extends Claim {
  unitName: string;
  /** Claims of the same case the viewer can see (this one included). */
  groupSize: number;
}

/** Claims and cases by status and verdict over a subtree and the days first seen. */
export interface ClaimCountRow {
  status: ClaimStatus;
  verdict: Verdict | null;
  claims: number;
  cases: number;
  /** Claims whose case has a published correction. */
  corrected: number;
}

/** Storage of the misinformation log; queries only, no rules. */
export interface ClaimRepository {
  get(id: string): Promise<Claim | null>;
  insert(claim: Claim): Promise<void>;
  find(query: {
    withinPath: string;
    status?: ClaimStatus;
    groupId?: string;
    search?: string;
    limit: number;
    offset: number;
  }): Promise<{ items: ClaimListItem[]; total: number }>;
  /** Open claims first seen since `since` under `withinPath`, to group a new claim with. */
  candidates(query: { withinPath: string; since: string; limit: number }): Promise<Claim[]>;
  /** Sets fields on every claim of a case at or below `withinPath`; returns the ids changed. */
  updateGroup(
    groupId: string,
    withinPath: string,
    patch: Partial<Pick<Claim, 'status' | 'verdict' | 'correctionId'>>,
    at: Date,
  ): Promise<string[]>;
  update(id: string, patch: Partial<Claim>, at: Date): Promise<void>;
  /** A correction was published: the case's false or misleading claims become corrected. */
  markCorrected(groupId: string, contentId: string, at: Date): Promise<void>;
  counts(query: { withinPath: string; from: string; to: string }): Promise<ClaimCountRow[]>;
}
