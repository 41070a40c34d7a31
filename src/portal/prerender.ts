import type { FastifyInstance } from 'fastify';
import type { Change } from '../domain/shared/ports';
import { tagsOf } from './change-tags';
import { isOfDay, type PageCache } from './page-cache';

/** A page to hold: its cache key, and how to build it (null when it should not exist). */
export interface PrerenderPage {
  key: string;
  build: () => Promise<{ page: { status: number; html: string }; tags: string[] } | null>;
}

/** Pages that are warmed together (the places under one parent read their data at once). */
export interface PrerenderGroup {
  warm: () => Promise<void>;
  pages: PrerenderPage[];
}

export interface PrerenderStatus {
  /** Pages held, ready to send. */
  pages: number;
  /** What they hold, compressed, in MB. */
  megabytes: number;
  /** Pages still to render in the current pass. */
  pending: number;
  /** Set when the page limit stopped the pass: the rest are rendered when asked for. */
  capped: boolean;
}

interface Logger {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

const DONE: PrerenderGroup = { warm: () => Promise.resolve(), pages: [] };

/** Lets requests waiting on the event loop go first between two pages. */
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Renders every election page ahead, so no voter's request waits for a render: a pass over all
 * pages at start, then, after each change, over the pages the change dropped (the cache drops them
 * by tag; the pass renders what is missing). A page whose data changed while it was being built
 * is not kept, and the next pass builds it again.
 */
export class Prerender {
  private generation = 0;
  private recent: Array<{ generation: number; tags: string[] | 'all' }> = [];
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private state = { pending: 0, capped: false };

  constructor(
    private readonly groups: () => Promise<PrerenderGroup[]>,
    private readonly cache: PageCache,
    private readonly maxBytes: number,
    private readonly log: Logger,
  ) {}

  status(): PrerenderStatus {
    return {
      ...this.state,
      pages: this.cache.pinnedSize,
      megabytes: Math.round((this.cache.pinnedBytes / 2 ** 20) * 10) / 10,
    };
  }

  /** After a change the cache has applied: the pages it dropped are built again. */
  changed(change: Change): void {
    this.generation += 1;
    this.recent.push({ generation: this.generation, tags: tagsOf(change) });
    if (this.recent.length > 1000) this.recent.splice(0, this.recent.length - 1000);
    this.schedule();
  }

  /** Starts a pass, or asks the running one to start over once it has seen the latest changes. */
  schedule(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.passes().finally(() => (this.running = null));
  }

  /** Resolves when no pass is running (tests, the benchmark). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  // Read through methods: `stop()` and `changed()` set these flags while a pass awaits, which a
  // reading of the field right after assigning it would not show.
  private interrupted(): boolean {
    return this.stopped || this.again;
  }

  private rerunAsked(): boolean {
    return this.again && !this.stopped;
  }

  private async passes(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.pass();
      } catch (error) {
        // A failed pass leaves the pages to be rendered when asked for; the next change retries.
        this.log.error({ err: error }, 'prerender pass failed');
      }
    } while (this.rerunAsked());
  }

  private async pass(): Promise<void> {
    const started = performance.now();
    const groups = await this.groups();
    let pending = 0;
    for (const g of groups) for (const p of g.pages) if (!this.cache.isPinned(p.key)) pending += 1;
    this.state = { pending, capped: false };
    let built = 0;
    for (let i = 0; i < groups.length; i++) {
      if (this.interrupted()) return;
      const group = groups[i] as PrerenderGroup;
      // Let what the group warmed go with it rather than at the end of the pass.
      groups[i] = DONE;
      const missing = group.pages.filter((p) => !this.cache.isPinned(p.key));
      if (missing.length === 0) continue;
      await group.warm();
      for (const page of missing) {
        if (this.interrupted()) return;
        if (this.cache.pinnedBytes >= this.maxBytes) {
          this.state.capped = true;
          return;
        }
        const since = this.generation;
        const result = await page.build();
        if (result && !this.changedSince(since, result.tags))
          this.cache.pin(page.key, result.page, result.tags);
        built += 1;
        this.state.pending -= 1;
        await yieldToRequests();
      }
    }
    if (built > 0)
      this.log.info(
        { pages: built, ms: Math.round(performance.now() - started) },
        'portal pages rendered ahead',
      );
  }

  /** Whether a change heard after `generation` drops a page with these tags. */
  private changedSince(generation: number, tags: string[]): boolean {
    return this.recent.some(
      (c) =>
        c.generation > generation && (c.tags === 'all' || c.tags.some((t) => tags.includes(t))),
    );
  }
}

/** How often the prerender looks whether the day has turned (every page shows the day). */
const DAY_CHECK_MS = 60_000;

/**
 * Runs the prerender with the app: a first pass once it is ready, a new pass for the new day's
 * pages when the day turns (yesterday's are dropped), and a stop when it closes.
 */
export function startPrerender(
  app: FastifyInstance,
  opts: {
    groups: () => Promise<PrerenderGroup[]>;
    cache: PageCache;
    maxBytes: number;
    today: () => string;
  },
): Prerender {
  const ahead = new Prerender(opts.groups, opts.cache, opts.maxBytes, app.log);
  let shown = opts.today();
  const dayCheck = setInterval(() => {
    const now = opts.today();
    if (now === shown) return;
    shown = now;
    opts.cache.unpinWhere((key) => !isOfDay(key, now));
    ahead.schedule();
  }, DAY_CHECK_MS);
  dayCheck.unref();
  app.addHook('onReady', async () => ahead.schedule());
  app.addHook('onClose', async () => {
    clearInterval(dayCheck);
    await ahead.stop();
  });
  return ahead;
}
