import type { BroadcastSlot, Play, Station, StationHealth } from './broadcast';

export interface StationListItem extends Station {
  unitName: string;
  operatorName: string;
}

/** A slot with what the schedule shows of its item. */
export interface SlotWithContent extends BroadcastSlot {
  contentTitle: string;
  contentStatus: string;
  validFrom: string | null;
  validUntil: string | null;
  durationSeconds: number | null;
  machineRead: boolean;
  hasFile: boolean;
}

export interface PlayListItem extends Play {
  stationName: string;
  contentTitle: string;
}

/** Storage of stations, schedules and the play log; queries only, no rules. */
export interface BroadcastRepository {
  insertStation(station: Station): Promise<void>;
  getStation(id: string): Promise<Station | null>;
  /** Writes a station's operator and in-service day. */
  updateStation(station: Station): Promise<void>;
  getStations(ids: string[]): Promise<Station[]>;
  /** Stations owned or operated within the subtree. */
  findStations(query: { withinPath: string; unitId?: string }): Promise<StationListItem[]>;
  stationByTokenHash(hash: string): Promise<Station | null>;
  setToken(id: string, hash: string, at: Date): Promise<void>;
  /** Marks a controller as heard from now, with its health when it reported one. */
  touch(id: string, at: Date, health?: StationHealth): Promise<void>;
  insertSlot(slot: BroadcastSlot): Promise<void>;
  getSlot(id: string): Promise<BroadcastSlot | null>;
  cancelSlot(id: string, at: Date): Promise<void>;
  /** Uncancelled slots overlapping [from, to], of a subtree or on one station. */
  findSlots(query: {
    withinPath?: string;
    stationId?: string;
    from: string;
    to: string;
  }): Promise<SlotWithContent[]>;
  /** Inserts a play unless (station, clientId) exists; returns whether it was new. */
  insertPlay(play: Play): Promise<boolean>;
  findPlays(query: {
    withinPath: string;
    stationId?: string;
    from: Date;
    to: Date;
    limit: number;
  }): Promise<PlayListItem[]>;
  /** Slot ids among these that the station already played since `since` (emergencies played). */
  playedSlots(stationId: string, slotIds: string[], since: Date): Promise<string[]>;
}
