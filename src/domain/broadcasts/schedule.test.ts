import { describe, expect, it } from 'vitest';
import type { BroadcastSlot } from './broadcast';
import { isoWeekday, weekStart } from '../shared/calendar';
import { expandSlot, expandSlots, slotIssues, startsAt } from './schedule';

const slot = (over: Partial<BroadcastSlot>): BroadcastSlot => ({
  id: 's1',
  unitId: 'u',
  unitPath: '/u/',
  contentId: 'c',
  stationIds: ['st'],
  priority: 'normal',
  repeat: 'weekly',
  startDate: '2022-04-01',
  endDate: '2022-06-15',
  times: ['06:30', '17:00'],
  weekdays: [1, 4],
  monthDays: [],
  createdBy: 'x',
  createdAt: new Date(0),
  cancelledAt: null,
  ...over,
});

describe('schedule expansion (Asia/Ho_Chi_Minh, UTC+7 all year)', () => {
  it('weekly slots on Monday and Thursday over 01/04–15/06/2022', () => {
    const occ = expandSlot(slot({}), '2022-04-01', '2022-06-15');
    // 11 Mondays (04/04 … 13/06) and 10 Thursdays (07/04 … 09/06), two times each.
    expect(occ).toHaveLength(42);
    expect(occ[0]?.date).toBe('2022-04-04');
    expect(occ[0]?.startsAt.toISOString()).toBe('2022-04-03T23:30:00.000Z');
    expect(occ.every((o) => [1, 4].includes(isoWeekday(o.date)))).toBe(true);
    expect(occ.at(-1)?.date).toBe('2022-06-13');
  });

  it('clips to the asked window, and across the old DST dates nothing shifts', () => {
    const occ = expandSlot(slot({ repeat: 'daily', times: ['05:00'] }), '2022-03-26', '2022-04-03');
    expect(occ.map((o) => o.date)).toEqual(['2022-04-01', '2022-04-02', '2022-04-03']);
    expect(new Set(occ.map((o) => o.startsAt.getUTCHours()))).toEqual(new Set([22]));
    const oct = expandSlot(
      slot({ repeat: 'daily', startDate: '2022-10-29', endDate: '2022-10-31', times: ['12:00'] }),
      '2022-10-01',
      '2022-11-30',
    );
    expect(oct.map((o) => o.startsAt.toISOString().slice(11, 16))).toEqual([
      '05:00',
      '05:00',
      '05:00',
    ]);
  });

  it('once, monthly (a month without the 31st skips it), and priority order at the same time', () => {
    expect(
      expandSlot(slot({ repeat: 'once', startDate: '2022-05-01' }), '2022-04-01', '2022-06-01'),
    ).toHaveLength(2);
    const monthly = expandSlot(
      slot({ repeat: 'monthly', monthDays: [31], times: ['07:00'] }),
      '2022-04-01',
      '2022-06-15',
    );
    expect(monthly.map((o) => o.date)).toEqual(['2022-05-31']);
    const both = expandSlots(
      [
        slot({ id: 'n', times: ['06:30'] }),
        slot({ id: 'e', priority: 'emergency', times: ['06:30'] }),
      ],
      '2022-04-04',
      '2022-04-04',
    );
    expect(both.map((o) => o.slotId)).toEqual(['e', 'n']);
  });

  it('weeks start on Monday', () => {
    expect(weekStart('2022-04-07')).toBe('2022-04-04');
    expect(weekStart('2022-04-10')).toBe('2022-04-04');
    expect(startsAt('2022-04-04', '00:00').toISOString()).toBe('2022-04-03T17:00:00.000Z');
  });
});

describe('slot validation', () => {
  const now = new Date('2022-04-05T03:00:00Z'); // 10:00 on 05/04 in Vietnam
  it('refuses a slot in the past', () => {
    expect(slotIssues(slot({ startDate: '2022-04-01' }), now)[0]?.path).toBe('startDate');
    expect(
      slotIssues(
        slot({ repeat: 'once', startDate: '2022-04-05', endDate: '2022-04-05', times: ['09:00'] }),
        now,
      )[0]?.path,
    ).toBe('times');
    expect(
      slotIssues(
        slot({ repeat: 'once', startDate: '2022-04-05', endDate: '2022-04-05', times: ['11:00'] }),
        now,
      ),
    ).toEqual([]);
  });
  it('needs times, weekdays for weekly, and an end after the start', () => {
    const issues = slotIssues(
      slot({ startDate: '2022-04-06', endDate: '2022-04-05', times: ['25:00'], weekdays: [] }),
      now,
    );
    expect(issues.map((i) => i.path).sort()).toEqual(['endDate', 'times.0', 'weekdays']);
  });
});
