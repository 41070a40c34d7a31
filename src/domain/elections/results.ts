import type { ElectionType, VoteDenominator, VoterBasis } from './election';
import { voterLabel } from './voting-rules';

/** The figures of one count (a polling area, or a whole district). */
export interface ResultFigures {
  votersListed: number;
  ballotsIssued: number;
  valid: number;
  invalid: number;
  /** Votes per candidate id. */
  votes: Record<string, number>;
}

export interface ResultCheckFailure {
  rule: string;
  message: string;
}

/**
 * The checks a count must pass before it is saved: ballots ≤ voters, counted ballots ≤ issued,
 * each candidate ≤ valid ballots, the sum of votes ≤ valid ballots × seats, every candidate known.
 */
export function checkResult(
  r: ResultFigures,
  ctx: { seats: number; candidateIds: string[] },
): ResultCheckFailure[] {
  const out: ResultCheckFailure[] = [];
  const fail = (rule: string, message: string) => out.push({ rule, message });
  const numbers = [r.votersListed, r.ballotsIssued, r.valid, r.invalid, ...Object.values(r.votes)];
  if (numbers.some((n) => !Number.isInteger(n) || n < 0))
    fail('non_negative', 'Mọi số liệu phải là số nguyên không âm.');
  if (r.ballotsIssued > r.votersListed)
    fail('ballots_le_voters', 'Số phiếu phát ra không được lớn hơn số cử tri trong danh sách.');
  if (r.valid + r.invalid > r.ballotsIssued)
    fail(
      'counted_le_issued',
      'Số phiếu hợp lệ cộng phiếu không hợp lệ không được lớn hơn số phiếu phát ra.',
    );
  const known = new Set(ctx.candidateIds);
  for (const [id, n] of Object.entries(r.votes)) {
    if (!known.has(id))
      fail('candidate_known', 'Có số phiếu cho người không thuộc danh sách ứng cử của đơn vị này.');
    else if (n > r.valid)
      fail('votes_le_valid', 'Số phiếu bầu cho một người không được lớn hơn số phiếu hợp lệ.');
  }
  const sum = Object.values(r.votes).reduce((a, b) => a + b, 0);
  if (sum > r.valid * Math.max(1, ctx.seats))
    fail(
      'votes_sum',
      `Tổng số phiếu bầu cho các ứng cử viên không được lớn hơn số phiếu hợp lệ × số người được bầu (${ctx.seats}).`,
    );
  return out;
}

/** Adds counts of several polling areas into one. */
export function sumResults(rows: ResultFigures[]): ResultFigures {
  const total: ResultFigures = {
    votersListed: 0,
    ballotsIssued: 0,
    valid: 0,
    invalid: 0,
    votes: {},
  };
  for (const r of rows) {
    total.votersListed += r.votersListed;
    total.ballotsIssued += r.ballotsIssued;
    total.valid += r.valid;
    total.invalid += r.invalid;
    for (const [id, n] of Object.entries(r.votes)) total.votes[id] = (total.votes[id] ?? 0) + n;
  }
  return total;
}

export type OutcomeStatus = 'elected' | 'no_quorum' | 'no_winner' | 'tie' | 'partial';

export interface Outcome {
  status: OutcomeStatus;
  /** Candidate ids elected, most votes first. */
  elected: string[];
  /** Turnout as a fraction of listed voters. */
  turnout: number;
  /** What the winner's "more than half" was counted against, as shown to users. */
  threshold: { denominator: number; label: string };
  /** A re-vote (or a supplementary vote for empty seats) is needed. */
  revote: boolean;
  explanation: string;
}

const moreThanHalf = (n: number, of: number): boolean => of > 0 && 2 * n > of;

/**
 * Who is elected under the rules of the election type. NA_HDND (and OTHER): valid when more than
 * half of listed voters voted; elected with more than half of the valid votes, most votes first up
 * to the seats, a tie for the last seat elects neither. VILLAGE_HEAD: more than 50% of household
 * representatives present; the winner needs more than 50% of the present voters or of all
 * household representatives (the election's setting); otherwise a re-vote.
 */
export function decideOutcome(
  type: ElectionType,
  r: ResultFigures,
  opts: { seats: number; denominator: VoteDenominator; basis?: VoterBasis },
): Outcome {
  const turnout = r.votersListed > 0 ? r.ballotsIssued / r.votersListed : 0;
  const village = type === 'VILLAGE_HEAD';
  const seats = village ? 1 : Math.max(1, opts.seats);
  const who = voterLabel(opts.basis ?? 'households');
  const threshold =
    village && opts.denominator === 'households'
      ? { denominator: r.votersListed, label: `tổng số ${who}` }
      : village
        ? { denominator: r.ballotsIssued, label: `số ${who} có mặt` }
        : { denominator: r.valid, label: 'số phiếu hợp lệ' };
  const base = { turnout, threshold };
  if (!moreThanHalf(r.ballotsIssued, r.votersListed))
    return {
      ...base,
      status: 'no_quorum',
      elected: [],
      revote: true,
      explanation: 'Chưa có quá một nửa số cử tri trong danh sách đi bầu: phải tổ chức bầu lại.',
    };
  const ranked = Object.entries(r.votes)
    .filter(([, n]) => moreThanHalf(n, threshold.denominator))
    .sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0)
    return {
      ...base,
      status: 'no_winner',
      elected: [],
      revote: true,
      explanation: `Không người nào được quá một nửa ${threshold.label}: phải bầu lại.`,
    };
  let elected = ranked.slice(0, seats);
  const last = elected[elected.length - 1];
  const next = ranked[seats];
  let status: OutcomeStatus = elected.length < seats ? 'partial' : 'elected';
  if (last && next && next[1] === last[1]) {
    // A tie for the last seat: those tied are not elected, and the seat goes to a further vote.
    elected = elected.filter(([, n]) => n !== last[1]);
    status = 'tie';
  }
  const explanation =
    status === 'tie'
      ? 'Có người bằng phiếu nhau ở vị trí cuối: bầu lại giữa những người bằng phiếu.'
      : status === 'partial'
        ? 'Số người trúng cử ít hơn số đại biểu được bầu: có thể bầu thêm.'
        : `Người trúng cử có quá một nửa ${threshold.label}.`;
  return {
    ...base,
    status,
    elected: elected.map(([id]) => id),
    revote: status !== 'elected',
    explanation,
  };
}
