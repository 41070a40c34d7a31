import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Change } from '../domain/shared/ports';
import { tagsOf } from './change-tags';

export interface CachedPage {
  status: number;
  /**
   * The page gzipped. Kept as a string, a Vietnamese page is held in two bytes a character plus
   * the pieces it was concatenated from (about 30 KB a page measured) on the garbage-collected
   * heap; gzipped it is about 3 KB off the heap, and what nearly every phone asks for anyway.
   */
  gzip: Buffer;
  /** The ETag of the page's uncompressed bytes. */
  etag: string;
  /** What a change drops it by; also sent as `Cache-Tag`, so a CDN can purge the same way. */
  tags: string[];
}

interface Entry extends CachedPage {
  expires: number;
}

/**
 * A buffer of exactly these bytes. zlib hands back a view of its 16 KB output chunk, and a small
 * `Buffer.from` copy shares an 8 KB pool slab: kept for minutes in a cache, either holds twice
 * the page or more.
 */
function exactCopy(bytes: Buffer): Buffer {
  const out = Buffer.allocUnsafeSlow(bytes.length);
  bytes.copy(out);
  return out;
}

/**
 * A page's key in the cache: what it shows and the day it shows it for (countdowns, steps ahead),
 * so a new day finds none of yesterday's pages.
 */
export const dayKey = (page: string, day: string): string => `${page}|${day}`;

/** Whether a key is of that day's page. */
export const isOfDay = (key: string, day: string): boolean => key.endsWith(`|${day}`);

/** A strong ETag of a page's bytes. */
export const etagOf = (body: Buffer | string): string =>
  `"${createHash('sha1').update(body).digest('base64url')}"`;

/**
 * Rendered pages in memory, least recently used dropped first. Each page carries tags (the
 * election, the units of its place, "lists"); a change drops exactly the pages tagged with it.
 * Entries also expire, so that several instances converge when another one made the change.
 *
 * Pages rendered ahead (prerender.ts) are pinned: neither expired nor pushed out, since they are
 * every page of an election and the prerender keeps them current by the same tags; a missed
 * notice between instances arrives as `everything`, which drops them too.
 */
export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pinned = new Map<string, CachedPage>();
  private pinnedGzipBytes = 0;

  constructor(
    private readonly maxEntries = 20_000,
    private readonly ttlMs = 5 * 60_000,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** How many pages are pinned. */
  get pinnedSize(): number {
    return this.pinned.size;
  }

  /** The pinned pages' compressed bytes: what they hold in memory, near enough. */
  get pinnedBytes(): number {
    return this.pinnedGzipBytes;
  }

  get(key: string, now = Date.now()): CachedPage | undefined {
    const kept = this.pinned.get(key);
    if (kept) return kept;
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
    const entry: Entry = { ...compress(page, tags), expires: now + this.ttlMs };
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    return entry;
  }

  /** Keeps a page until a change drops it; the same page in the LRU part is replaced. */
  pin(key: string, page: { status: number; html: string }, tags: string[]): CachedPage {
    const kept = compress(page, tags);
    this.entries.delete(key);
    this.unpin(key);
    this.pinned.set(key, kept);
    this.pinnedGzipBytes += kept.gzip.length;
    return kept;
  }

  /** Whether `key` is pinned (a prerender skips what it already holds). */
  isPinned(key: string): boolean {
    return this.pinned.has(key);
  }

  /** Drops every pinned page whose key `stale` says is no longer wanted (yesterday's pages). */
  unpinWhere(stale: (key: string) => boolean): void {
    for (const key of this.pinned.keys()) if (stale(key)) this.unpin(key);
  }

  private unpin(key: string): void {
    const kept = this.pinned.get(key);
    if (!kept) return;
    this.pinned.delete(key);
    this.pinnedGzipBytes -= kept.gzip.length;
  }

  /** Drops the pages tagged with `tag`. */
  invalidate(tag: string): number {
    let n = 0;
    for (const [key, e] of this.entries)
      if (e.tags.includes(tag)) {
        this.entries.delete(key);
        n += 1;
      }
    for (const [key, e] of this.pinned)
      if (e.tags.includes(tag)) {
        this.unpin(key);
        n += 1;
      }
    return n;
  }

  /** What a change means for the cache. */
  apply(change: Change): void {
    const tags = tagsOf(change);
    if (tags === 'all') {
      this.entries.clear();
      this.pinned.clear();
      this.pinnedGzipBytes = 0;
    } else for (const tag of tags) this.invalidate(tag);
  }
}

function compress(page: { status: number; html: string }, tags: string[]): CachedPage {
  const body = Buffer.from(page.html, 'utf8');
  return { status: page.status, gzip: exactCopy(gzipSync(body)), etag: etagOf(body), tags };
}
