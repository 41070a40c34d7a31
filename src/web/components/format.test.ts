import { describe, expect, it } from 'vitest';
import { formatDate, formatSigningTime } from './format';

describe('formatSigningTime', () => {
  it('says Vietnam’s time as the signed PDF does, across midnight and whatever the zone', () => {
    expect(formatSigningTime('2022-04-06T02:15:30Z')).toBe('09:15:30, 06/04/2022');
    expect(formatSigningTime('2026-12-31T17:00:01Z')).toBe('00:00:01, 01/01/2027');
    expect(formatSigningTime(null)).toBe('');
  });
});

describe('formatDate', () => {
  it('writes a civil date as it is and an instant on its day in Vietnam', () => {
    expect(formatDate('2022-04-05')).toBe('05/04/2022');
    // 18:30 UTC on 05/04 is already 01:30 on 06/04 in Hà Nội.
    expect(formatDate('2022-04-05T18:30:00Z')).toBe('06/04/2022');
    expect(formatDate(null)).toBe('');
    expect(formatDate('not a date')).toBe('');
  });
});
