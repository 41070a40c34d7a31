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
  /**
   * Sets fields on one claim at or below `withinPath` while it still matches `expect`; false when
   * it does not (out of scope, or changed meanwhile). The row stays locked to the transaction.
   */
  update(
    id: string,
    withinPath: string,
    patch: Partial<Claim>,
    at: Date,
    expect?: Partial<Pick<Claim, 'status' | 'groupId'>>,
  ): Promise<boolean>;
  /** Deletes one claim at or below `withinPath` still in `status`; false when it moved on or is gone. */
  deleteIf(id: string, withinPath: string, status: ClaimStatus): Promise<boolean>;
  /**
   * A correction was published: the false or misleading claims it was written for (those linked to
   * `contentId`) at or below `withinPath` become corrected; nothing outside it changes.
   */
  markCorrected(contentId: string, withinPath: string, at: Date): Promise<void>;
  counts(query: { withinPath: string; from: string; to: string }): Promise<ClaimCountRow[]>;
}
