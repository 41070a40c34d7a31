import { authorize, type Actor } from '../accounts/access';
import { getUnit } from '../units/get-unit';
import type { Reads } from '../deps';
import { CLAIM_STATUSES, VERDICTS, type ClaimStatus, type Verdict } from './claim';

/** Claims handled over a subtree and range, for reports ("tin, bài phản bác"). */
export interface ClaimSummary {
  claims: number;
  cases: number;
  byVerdict: Array<{ verdict: Verdict | 'pending'; claims: number; cases: number }>;
  byStatus: Array<{ status: ClaimStatus; claims: number }>;
  /** Claims whose case has a correction published on the portal. */
  corrected: number;
}

/** Counts of the claims first seen in [from, to] at or below a unit, by verdict (pending: not yet ruled) and status. */
export async function claimSummary(
  deps: Reads<'claims'>,
  q: { withinPath: string; from: string; to: string },
): Promise<ClaimSummary> {
  const rows = await deps.repos.claims.counts(q);
  const sum = (rs: typeof rows, k: 'claims' | 'cases' | 'corrected') =>
    rs.reduce((n, r) => n + r[k], 0);
  const byVerdict = [...VERDICTS, 'pending' as const].map((v) => {
    const rs = rows.filter((r) => (r.verdict ?? 'pending') === v);
    return { verdict: v, claims: sum(rs, 'claims'), cases: sum(rs, 'cases') };
  });
  return {
    claims: sum(rows, 'claims'),
    cases: byVerdict.reduce((n, r) => n + r.cases, 0),
    byVerdict: byVerdict.filter((r) => r.claims > 0),
    byStatus: CLAIM_STATUSES.map((s) => ({
      status: s,
      claims: sum(
        rows.filter((r) => r.status === s),
        'claims',
      ),
    })).filter((r) => r.claims > 0),
    corrected: sum(rows, 'corrected'),
  };
}

/** The claims handled at or below a unit (the actor's by default) over [from, to]. Throws not_found/forbidden. */
export async function claimsHandled(
  deps: Reads<'units' | 'claims'>,
  actor: Actor,
  input: { unitId?: string; from: string; to: string },
): Promise<ClaimSummary> {
  const unit = await getUnit(deps, actor, input.unitId ?? actor.unitId);
  authorize(actor, 'work.read', unit.path);
  return claimSummary(deps, { withinPath: unit.path, from: input.from, to: input.to });
}
