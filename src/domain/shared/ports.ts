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
