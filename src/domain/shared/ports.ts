/** The clock port: every use case asks it for "now" so tests can fix time. */
export interface Clock {
  now(): Date;
}

/** The id port: new entity ids come from here, never from the database or Math.random. */
export interface IdGenerator {
  newId(): string;
}

export const systemClock: Clock = { now: () => new Date() };
export const randomIds: IdGenerator = { newId: () => crypto.randomUUID() };

/** What changed, so that caches built on it (the portal's pages) can drop exactly that. */
export type Change =
  /**
   * An election changed; with `districtId`, only what one electoral district shows (its
   * candidates, its results), so only the pages that show that district are dropped.
   */
  | { kind: 'election'; electionId: string; districtId?: string }
  | { kind: 'unit'; unitId: string }
  | { kind: 'elections' }
  /** Changes may have been missed (another instance's notices were lost): drop everything. */
  | { kind: 'everything' };

/**
 * The change-notification port. One process: in memory. Several app instances on one PostgreSQL:
 * LISTEN/NOTIFY (src/db/pg-change-feed.ts), so a change made on one instance reaches every
 * instance's caches at once.
 */
export interface ChangeFeed {
  publish(change: Change): void;
  subscribe(listener: (change: Change) => void): () => void;
}

export function inProcessChanges(): ChangeFeed {
  const listeners = new Set<(change: Change) => void>();
  return {
    publish: (change) => listeners.forEach((l) => l(change)),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
