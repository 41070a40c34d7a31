import type { Change } from '../domain/shared/ports';
import { tagsOf } from './change-tags';

interface Entry {
  value: Promise<unknown>;
  tags: string[];
  expires: number;
}

/** Loads a value through the cache: `load` gives the value and the tags a change drops it by. */
export type Memo = <T>(key: string, load: () => Promise<Loaded<T>>) => Promise<T>;

/**
 * A loaded value and the tags a change drops it by; `keep: false` shares it with the loads already
 * waiting but keeps nothing (a miss: one entry per unknown key would let random keys fill memory).
 */
export interface Loaded<T> {
  value: T;
  tags: string[];
  keep?: boolean;
}

/** Loads without caching (tests of the page data, the workspace). */
export const noMemo: Memo = async (_key, load) => (await load()).value;

/**
 * The data a portal page is built from, shared between pages: an election with its steps, a
 * district with its candidates and results. A village's page that is not cached yet then costs
 * the queries of that village alone. Same tags and lifetime as the page cache; concurrent first
 * loads of one key share a single query.
 */
export class FragmentCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxEntries = 50_000,
    private readonly ttlMs = 5 * 60_000,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  readonly memo: Memo = <T>(key: string, load: () => Promise<Loaded<T>>): Promise<T> => {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expires >= now) return hit.value as Promise<T>;
    const entry: Entry = { value: Promise.resolve(undefined), tags: [], expires: now + this.ttlMs };
    const loading = load().then(
      ({ value, tags, keep }) => {
        entry.tags = tags;
        if (keep === false && this.entries.get(key) === entry) this.entries.delete(key);
        return value;
      },
      (error: unknown) => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
        throw error;
      },
    );
    entry.value = loading;
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    return loading;
  };

  invalidate(tag: string): void {
    for (const [key, e] of this.entries) if (e.tags.includes(tag)) this.entries.delete(key);
  }

  apply(change: Change): void {
    const tags = tagsOf(change);
    if (tags === 'all') this.entries.clear();
    else for (const tag of tags) this.invalidate(tag);
  }
}
