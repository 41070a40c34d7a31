import { describe, expect, it } from 'vitest';
import { weekday } from '../shared/calendar';
import { electionDayWarning, electionSlug } from './election';
import { findTemplate } from './milestone-templates';
import { milestoneDate, milestoneStatus, moveMilestones } from './milestones';

const datesOf = (template: string, day: string): Record<string, string> =>
  Object.fromEntries(
    (findTemplate(template)?.items ?? []).map((item) => [item.code, milestoneDate(item, day)]),
  );

describe('milestone templates (shared/domain/election-templates.md)', () => {
  it('gives the 2021 election (T = 23/05/2021) its dates from the 2015 law', () => {
    const d = datesOf('NA_HDND_2015', '2021-05-23');
    expect(d).toMatchObject({
      announce_day: '2021-01-28', // T−115
      committees: '2021-02-07', // T−105
      consult_1: '2021-02-17', // T−95
      districts: '2021-03-04', // T−80
      nominations: '2021-03-14', // T−70
      consult_2: '2021-03-19', // T−65
      teams: '2021-04-03', // T−50
      voter_list: '2021-04-13', // T−40
      consult_3: '2021-04-18', // T−35
      candidate_list: '2021-04-28', // T−25
      candidate_posting: '2021-05-03', // T−20
      candidate_complaints: '2021-05-13', // T−10
      campaign_end: '2021-05-22', // T−1
      election_day: '2021-05-23',
      results_hdnd: '2021-06-02', // T+10
      results_na: '2021-06-12', // T+20
    });
  });

  it('gives the 2026 election (T = 15/03/2026) the dates the 2026 cycle used', () => {
    const d = datesOf('NA_HDND_2025', '2026-03-15');
    expect(d).toMatchObject({
      consult_2: '2026-02-02', // 02–03/02/2026
      voter_list: '2026-02-03', // T−40
      nominations: '2026-02-01', // T−42
      teams: '2026-01-31', // T−43
      consult_3: '2026-02-20', // by 20/02/2026
      candidate_list: '2026-02-26', // 26–27/02/2026
      candidate_posting: '2026-02-27',
      candidate_complaints: '2026-03-05', // T−10
      voter_list_complaints: '2026-03-10', // T−5
      election_day: '2026-03-15',
      results_na: '2026-03-25', // T+10
    });
  });

  it('counts the village-head recognition in working days', () => {
    const d = datesOf('VILLAGE_HEAD', '2022-06-05');
    expect(d).toMatchObject({ decision: '2022-05-16', candidate_list: '2022-05-29' });
    expect(d.recognition).toBe('2022-06-10'); // Sunday + 5 working days = Friday
  });

  it('moves only the milestones that were not edited', () => {
    const moved = moveMilestones(
      [
        { offset: -40, workingDays: false, edited: false, dueOn: '2026-02-03' },
        { offset: -10, workingDays: false, edited: true, dueOn: '2026-03-01' },
        { offset: null, workingDays: false, edited: false, dueOn: '2026-01-01' },
      ],
      '2026-03-22',
    );
    expect(moved.map((m) => m.dueOn)).toEqual(['2026-02-10', '2026-03-01', '2026-01-01']);
  });

  it('tags upcoming, due and overdue against today', () => {
    const today = '2026-03-01';
    expect(milestoneStatus({ dueOn: '2026-03-20', doneAt: null }, today)).toBe('upcoming');
    expect(milestoneStatus({ dueOn: '2026-03-08', doneAt: null }, today)).toBe('due');
    expect(milestoneStatus({ dueOn: '2026-03-01', doneAt: null }, today)).toBe('due');
    expect(milestoneStatus({ dueOn: '2026-02-28', doneAt: null }, today)).toBe('overdue');
    expect(milestoneStatus({ dueOn: '2026-02-28', doneAt: new Date() }, today)).toBe('done');
  });
});

describe('elections', () => {
  it('have readable ids', () => {
    expect(electionSlug('NA_HDND', null, '2026-03-15')).toBe('na-hdnd.2026-03-15');
    expect(electionSlug('VILLAGE_HEAD', 'Tỉnh Quảng Ninh', '2022-06-05')).toBe(
      'village-head.quang-ninh.2022-06-05',
    );
  });

  it('warn when an NA_HDND election day is not a Sunday', () => {
    expect(weekday('2026-03-15')).toBe(0);
    expect(electionDayWarning('NA_HDND', '2026-03-15')).toBeNull();
    expect(electionDayWarning('NA_HDND', '2026-03-14')).toMatch(/Chủ nhật/);
    expect(electionDayWarning('VILLAGE_HEAD', '2026-03-14')).toBeNull();
  });
});
