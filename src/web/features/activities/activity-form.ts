import type { Channel } from '../plans/plan-labels';
import type { ActivityCategory } from './activities.api';
import { CHANNELS } from '../../../contracts/codes';

const STORAGE = 'loa.activity.channel.';

/** The channels a category may be recorded on; an empty list means any channel. */
export const channelsOf = (c: ActivityCategory | undefined, all: readonly Channel[]): Channel[] =>
  !c ? [] : c.channels.length > 0 ? c.channels : [...all];

/**
 * The channel to pre-select for a category: its only channel; else the one this browser last
 * used with it; else the loudspeaker for a commune or village (their usual channel); else none.
 */
export function defaultChannel(
  c: ActivityCategory | undefined,
  remembered: string | null,
  local: boolean,
): Channel | undefined {
  if (!c) return undefined;
  if (c.channels.length === 1) return c.channels[0];
  const known = c.channels.find((ch) => ch === remembered);
  if (known) return known;
  if (c.channels.length === 0) return undefined;
  return local && c.channels.includes('loudspeaker') ? 'loudspeaker' : c.channels[0];
}

export function rememberedChannel(code: string): string | null {
  try {
    return localStorage.getItem(STORAGE + code);
  } catch {
    return null;
  }
}

export function rememberChannel(code: string, channel: string): void {
  try {
    localStorage.setItem(STORAGE + code, channel);
  } catch {
    // Storage may be refused (private browsing); the default will do.
  }
}

/** Every channel code, in the catalogue's order. */
export const ALL_CHANNELS: readonly Channel[] = CHANNELS;
