import { describe, expect, it } from 'vitest';
import { formatSigningTime } from './format';

describe('formatSigningTime', () => {
  it('says Vietnam’s time as the signed PDF does, across midnight and whatever the zone', () => {
    expect(formatSigningTime('2022-04-06T02:15:30Z')).toBe('09:15:30, 06/04/2022');
    expect(formatSigningTime('2026-12-31T17:00:01Z')).toBe('00:00:01, 01/01/2027');
    expect(formatSigningTime(null)).toBe('');
  });
});
