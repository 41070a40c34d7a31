import type { Channel } from '../plans/plan';

/** A commune radio station, a cluster of wired loudspeakers, or smart IP loudspeakers. */
/** Who recorded a play: an operator by hand, or the controller of the loudspeakers itself. */
export const PLAY_SOURCES = ['operator', 'device'] as const;
export type PlaySource = (typeof PLAY_SOURCES)[number];

export const STATION_KINDS = ['radio', 'loudspeaker_cluster', 'smart_speaker'] as const;
export type StationKind = (typeof STATION_KINDS)[number];

/** What a controller last reported about itself. */
export interface StationHealth {
  ok: boolean;
  message: string | null;
  volume: number | null;
  firmware: string | null;
}

/**
 * A unit's station (đài / cụm loa): where broadcasts are played, with the zones it covers. It
 * belongs to the unit whose area it covers and is operated by that unit or one below it (the
 * ward's Bộ phận Văn hóa - Xã hội): each play is the operator's activity, in the owner's area.
 */
export interface Station {
  id: string;
  unitId: string;
  unitPath: string;
  operatorUnitId: string;
  operatorPath: string;
  /** The first day it played (YYYY-MM-DD); plays before it are refused. Null: the day it was entered. */
  inServiceFrom: string | null;
  name: string;
  kind: StationKind;
  zones: string[];
  /** sha-256 of the controller's token; the token itself is shown once and never stored. */
  tokenHash: string | null;
  tokenIssuedAt: Date | null;
  lastSeenAt: Date | null;
  lastHealth: StationHealth | null;
  active: boolean;
  createdAt: Date;
}

/** A station whose controller has not called in for this long is shown as quiet. */
export const QUIET_AFTER_MS = 24 * 3600_000;

/** True when a station with a controller has not been heard from for a day (or ever). */
export const isQuiet = (
  s: Pick<Station, 'tokenHash' | 'lastSeenAt' | 'active'>,
  now: Date,
): boolean =>
  s.active &&
  s.tokenHash !== null &&
  (s.lastSeenAt === null || now.getTime() - s.lastSeenAt.getTime() > QUIET_AFTER_MS);

/** The outreach channel a play on this station counts under. */
export const stationChannel = (kind: StationKind): Channel =>
  kind === 'radio' ? 'radio' : 'loudspeaker';

/** normal and priority slots follow the schedule (priority first); emergency plays at once. */
export const PRIORITIES = ['normal', 'priority', 'emergency'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const REPEATS = ['once', 'daily', 'weekly', 'monthly'] as const;
export type Repeat = (typeof REPEATS)[number];

/** A schedule entry: an item played on some stations at given times, once or repeating over dates. */
export interface BroadcastSlot {
  id: string;
  unitId: string;
  unitPath: string;
  contentId: string;
  stationIds: string[];
  priority: Priority;
  repeat: Repeat;
  startDate: string;
  endDate: string;
  /** "HH:MM" in Vietnam time, sorted. */
  times: string[];
  /** ISO weekdays (1 = Monday … 7 = Sunday), for weekly slots. */
  weekdays: number[];
  /** Days of the month (1–31), for monthly slots; a month without that day is skipped. */
  monthDays: number[];
  createdBy: string;
  createdAt: Date;
  cancelledAt: Date | null;
}

/** One logged play of an item on a station, by an operator or a controller. */
export interface Play {
  id: string;
  stationId: string;
  contentId: string;
  slotId: string | null;
  /** The recorder's own id for the play: a controller's retry with the same id never counts twice. */
  clientId: string;
  playedAt: Date;
  durationSeconds: number | null;
  source: PlaySource;
  recordedBy: string | null;
  createdAt: Date;
}
