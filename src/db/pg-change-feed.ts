import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Change, ChangeFeed } from '../domain/shared/ports';

const CHANNEL = 'loa_changes';
const RETRY_MS = [250, 1000, 2000, 5000];

export interface ClosableChangeFeed extends ChangeFeed {
  close(): Promise<void>;
}

/**
 * The change feed across app instances sharing one PostgreSQL. `publish` tells this process's
 * listeners at once (a page read right after a write must already be fresh here) and sends a
 * NOTIFY; a LISTEN connection brings other instances' changes in. Our own notices come back too
 * and are skipped by the instance id.
 *
 * A notice sent while a listener is disconnected (a database restart) is lost, so after every
 * reconnect the listeners hear `everything`: dropping all caches once is cheap, serving a stale
 * candidate list until it expires is not.
 */
export function pgChangeFeed(url: string, pool: pg.Pool): ClosableChangeFeed {
  const instance = randomUUID();
  const listeners = new Set<(change: Change) => void>();
  const deliver = (change: Change) => listeners.forEach((l) => l(change));
  let client: pg.Client | null = null;
  let closed = false;
  let started = false;
  let retry: NodeJS.Timeout | null = null;
  let attempt = 0;

  const connect = async (reconnect: boolean): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('error', () => undefined);
    c.on('end', () => {
      if (client === c) client = null;
      if (!closed) schedule(true);
    });
    c.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const parsed = JSON.parse(message.payload) as { from: string; change: Change };
        if (parsed.from !== instance) deliver(parsed.change);
      } catch {
        // Not ours to read; ignore it rather than let one bad notice stop the feed.
      }
    });
    try {
      await c.connect();
      await c.query(`listen ${CHANNEL}`);
    } catch {
      await c.end().catch(() => undefined);
      if (!closed) schedule(reconnect);
      return;
    }
    if (closed) {
      await c.end().catch(() => undefined);
      return;
    }
    client = c;
    attempt = 0;
    if (reconnect) deliver({ kind: 'everything' });
  };

  const schedule = (reconnect: boolean): void => {
    if (retry || closed) return;
    const wait = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)] ?? 5000;
    attempt += 1;
    retry = setTimeout(() => {
      retry = null;
      void connect(reconnect);
    }, wait);
    retry.unref();
  };

  return {
    publish(change) {
      deliver(change);
      pool
        .query('select pg_notify($1, $2)', [CHANNEL, JSON.stringify({ from: instance, change })])
        // Lost with the database away; the other instances drop everything when they reconnect.
        .catch(() => undefined);
    },
    subscribe(listener) {
      listeners.add(listener);
      // Listen only once somebody cares: CLI commands never open the extra connection.
      if (!started) {
        started = true;
        void connect(false);
      }
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}
