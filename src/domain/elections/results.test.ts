import { describe, expect, it } from 'vitest';
import { checkResult, decideOutcome, type ResultFigures } from './results';

const r = (over: Partial<ResultFigures>): ResultFigures => ({
  votersListed: 100,
  ballotsIssued: 80,
  valid: 78,
  invalid: 2,
  votes: {},
  ...over,
});

describe('checkResult', () => {
  const ctx = { seats: 2, candidateIds: ['a', 'b', 'c'] };
  it('accepts a consistent count', () => {
    expect(checkResult(r({ votes: { a: 60, b: 50, c: 40 } }), ctx)).toEqual([]);
  });
  it('names each rule that fails', () => {
    const rules = (x: ResultFigures) => checkResult(x, ctx).map((f) => f.rule);
    expect(rules(r({ ballotsIssued: 101 }))).toContain('ballots_le_voters');
    expect(rules(r({ valid: 79, invalid: 2 }))).toContain('counted_le_issued');
    expect(rules(r({ votes: { a: 79 } }))).toContain('votes_le_valid');
    expect(rules(r({ votes: { a: 78, b: 78, c: 1 } }))).toContain('votes_sum');
    expect(rules(r({ votes: { z: 1 } }))).toContain('candidate_known');
    expect(rules(r({ votersListed: -1 }))).toContain('non_negative');
  });
});

describe('decideOutcome, NA_HDND', () => {
  const na = (x: ResultFigures, seats = 1) =>
    decideOutcome('NA_HDND', x, { seats, denominator: 'present' });
  it('needs more than half of the listed voters: exactly 50% is no quorum', () => {
    expect(na(r({ ballotsIssued: 50, valid: 50, invalid: 0, votes: { a: 50 } })).status).toBe(
      'no_quorum',
    );
    expect(na(r({ ballotsIssued: 51, valid: 51, invalid: 0, votes: { a: 51 } })).status).toBe(
      'elected',
    );
  });
  it('needs more than half of the valid votes: exactly half is not elected', () => {
    const o = na(r({ valid: 78, votes: { a: 39, b: 39 } }));
    expect(o.status).toBe('no_winner');
    expect(o.revote).toBe(true);
    expect(na(r({ valid: 78, votes: { a: 40, b: 38 } })).elected).toEqual(['a']);
  });
  it('fills the seats by most votes, and a tie for the last seat elects neither', () => {
    expect(na(r({ votes: { a: 70, b: 60, c: 50 } }), 2).elected).toEqual(['a', 'b']);
    const tie = na(r({ votes: { a: 70, b: 60, c: 60 } }), 2);
    expect(tie.status).toBe('tie');
    expect(tie.elected).toEqual(['a']);
    expect(na(r({ votes: { a: 70, b: 30, c: 30 } }), 2).status).toBe('partial');
  });
});

describe('decideOutcome, VILLAGE_HEAD', () => {
  it('needs more than 50% of household representatives present', () => {
    const o = decideOutcome(
      'VILLAGE_HEAD',
      r({ votersListed: 200, ballotsIssued: 100, valid: 100, invalid: 0, votes: { a: 90 } }),
      { seats: 1, denominator: 'present' },
    );
    expect(o.status).toBe('no_quorum');
  });
  it('counts the winner against those present or all households, per the setting', () => {
    const x = r({
      votersListed: 200,
      ballotsIssued: 150,
      valid: 150,
      invalid: 0,
      votes: { a: 110, b: 40 },
    });
    expect(decideOutcome('VILLAGE_HEAD', x, { seats: 1, denominator: 'present' }).elected).toEqual([
      'a',
    ]);
    expect(
      decideOutcome('VILLAGE_HEAD', x, { seats: 1, denominator: 'households' }).elected,
    ).toEqual(['a']);
    const y = r({
      votersListed: 200,
      ballotsIssued: 150,
      valid: 150,
      invalid: 0,
      votes: { a: 100, b: 50 },
    });
    expect(decideOutcome('VILLAGE_HEAD', y, { seats: 1, denominator: 'present' }).elected).toEqual([
      'a',
    ]);
    const exact = decideOutcome('VILLAGE_HEAD', y, { seats: 1, denominator: 'households' });
    expect(exact.status).toBe('no_winner');
    expect(exact.threshold.label).toMatch(/hộ gia đình/);
  });
  it('has a re-vote when two share the votes evenly', () => {
    const o = decideOutcome(
      'VILLAGE_HEAD',
      r({ votersListed: 100, ballotsIssued: 80, valid: 80, invalid: 0, votes: { a: 40, b: 40 } }),
      { seats: 1, denominator: 'present' },
    );
    expect(o.status).toBe('no_winner');
    expect(o.revote).toBe(true);
  });
});
