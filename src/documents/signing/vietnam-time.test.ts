import { describe, expect, it } from 'vitest';
import { vietnamTime } from './vietnam-time';

describe('vietnamTime', () => {
  it('prints the time the stamp shows and the ISO time with +07:00', () => {
    expect(vietnamTime(new Date('2022-04-06T02:15:30Z'))).toEqual({
      display: '09:15:30, 06/04/2022',
      iso: '2022-04-06T09:15:30+07:00',
    });
  });

  it('moves to the next day in Vietnam when it is still evening in UTC', () => {
    expect(vietnamTime(new Date('2021-12-31T17:00:05Z')).display).toBe('00:00:05, 01/01/2022');
  });
});
