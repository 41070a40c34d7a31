import { createHash } from 'node:crypto';
import type { Change } from '../domain/shared/ports';
import { tagsOf } from './change-tags';

export interface CachedPage {
  status: number;
  html: string;
  etag: string;
  /** What a change drops it by; also sent as `Cache-Tag`, so a CDN can purge the same way. */
  tags: string[];
}

interface Entry extends CachedPage {
  expires: number;
}

/** A strong ETag of a page's bytes. */
export const etagOf = (html: string): string =>
  `"${createHash('sha1').update(html).digest('base64url')}"`;

/**
 * Rendered pages in memory, least recently used dropped first. Each page carries tags (the
 * election, the units of its place, "lists"); a change drops exactly the pages tagged with it.
 * Entries also expire, so that several instances converge when another one made the change.
 */
export class PageCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxEntries = 20_000,
    private readonly ttlMs = 5 * 60_000,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string, now = Date.now()): CachedPage | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expires < now) {
      this.entries.delete(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, e);
    return e;
  }

  set(
    key: string,
    page: { status: number; html: string },
    tags: string[],
    now = Date.now(),
  ): CachedPage {
    const entry: Entry = { ...page, etag: etagOf(page.html), tags, expires: now + this.ttlMs };
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    return entry;
  }

  /** Drops the pages tagged with `tag`. */
  invalidate(tag: string): number {
    let n = 0;
    for (const [key, e] of this.entries)
      if (e.tags.includes(tag)) {
        this.entries.delete(key);
        n += 1;
      }
    return n;
  }

  /** What a change means for the cache. */
  apply(change: Change): void {
    const tags = tagsOf(change);
    if (tags === 'all') this.entries.clear();
    else for (const tag of tags) this.invalidate(tag);
  }
}
