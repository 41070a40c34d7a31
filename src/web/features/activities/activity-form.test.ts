import { describe, expect, it } from 'vitest';
import type { ActivityCategory } from './activities.api';
import { channelsOf, defaultChannel } from './activity-form';

const cat = (channels: ActivityCategory['channels']): ActivityCategory => ({
  code: 'luot_phat',
  name: 'Lượt phát',
  channels,
  measureUnit: 'lượt',
  maxPerEntry: 500,
  countsQuantity: true,
  builtin: true,
  active: true,
});

describe('activity entry defaults', () => {
  it('takes the only channel, then the remembered one, then the loudspeaker for a ward', () => {
    expect(defaultChannel(cat(['meeting']), null, true)).toBe('meeting');
    expect(defaultChannel(cat(['radio', 'loudspeaker']), 'radio', true)).toBe('radio');
    expect(defaultChannel(cat(['radio', 'loudspeaker']), null, true)).toBe('loudspeaker');
    expect(defaultChannel(cat(['radio', 'loudspeaker']), null, false)).toBe('radio');
    expect(defaultChannel(cat([]), null, true)).toBeUndefined();
    expect(defaultChannel(undefined, null, true)).toBeUndefined();
  });

  it('offers every channel for a category that fits any', () => {
    expect(channelsOf(cat([]), ['press', 'sms'])).toEqual(['press', 'sms']);
    expect(channelsOf(cat(['sms']), ['press', 'sms'])).toEqual(['sms']);
  });
});
