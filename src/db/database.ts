import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzleLite } from 'drizzle-orm/pglite';
import { migrate as migrateLite } from 'drizzle-orm/pglite/migrator';
import { sql } from 'drizzle-orm';
import * as schema from './schema';
import { syncBuiltinData } from './builtin-data';
import { GuardedPool } from './guarded-pool';
import { inProcessChanges, type ChangeFeed } from '../domain/shared/ports';
import { pgChangeFeed } from './pg-change-feed';
import { lockFolder } from './folder-lock';
import { installQueues, type ExecuteSql } from './queue';

import type { Db } from './db';

export type { Db, Schema } from './db';

export interface Database {
  db: Db;
  engine: 'pglite' | 'postgres';
  migrate: () => Promise<void>;
  ping: () => Promise<void>;
  close: () => Promise<void>;
  /** What changed, told to every app instance on this database (caches listen to it). */
  changes: ChangeFeed;
  /**
   * Runs SQL text outside Drizzle: with parameters one statement, without them a script of
   * several (pg-boss installs and runs its queue this way).
   */
  executeSql: ExecuteSql;
}

const MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));
// Serialises migrations when several app instances start at once against one server.
const MIGRATION_LOCK = 7_261_001;

/** Opens PostgreSQL at `url`, or PGlite in `dataDir` (in memory when `dataDir` is null). */
export async function openDatabase(opts: {
  url?: string | undefined;
  dataDir: string | null;
}): Promise<Database> {
  if (opts.url) return openPostgres(opts.url);
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  // One process per folder: a second PGlite on the same files corrupts them (issue 12).
  const release = opts.dataDir ? lockFolder(opts.dataDir) : () => undefined;
  const client = opts.dataDir ? new PGlite(opts.dataDir) : new PGlite();
  try {
    await client.waitReady;
  } catch (error) {
    release();
    throw error;
  }
  const db = drizzleLite(client, { schema }) as unknown as Db;
  // PGlite's query() takes one statement; exec() a script, answering each statement's rows.
  const executeSql: ExecuteSql = async (text, values = []) =>
    values.length > 0
      ? client.query(text, values)
      : { rows: (await client.exec(text)).at(-1)?.rows ?? [] };
  return {
    db,
    engine: 'pglite',
    executeSql,
    migrate: async () => {
      await migrateLite(drizzleLite(client, { schema }), { migrationsFolder: MIGRATIONS });
      await syncBuiltinData(db);
      await installQueues(executeSql);
    },
    ping: async () => {
      await client.query('select 1');
    },
    close: async () => {
      try {
        if (!client.closed) await client.close();
      } finally {
        release();
      }
    },
    // One process owns an embedded database, so in-memory delivery reaches everyone.
    changes: inProcessChanges(),
  };
}

function openPostgres(url: string): Database {
  // Guarded: a restart must neither crash the process nor cost the pool its connections.
  const pool = new GuardedPool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 3000,
    // A database host that vanishes without a reset (a partition) is noticed by TCP keepalive.
    keepAlive: true,
  });
  // An idle client losing its server (a restart) must not crash the process; the pool reconnects.
  pool.on('error', () => undefined);
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  const changes = pgChangeFeed(url, pool);
  const executeSql: ExecuteSql = (text, values = []) => pool.query(text, values);
  return {
    db,
    engine: 'postgres',
    executeSql,
    migrate: async () => {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migratePg(drizzlePg(client, { schema }), { migrationsFolder: MIGRATIONS });
        await syncBuiltinData(drizzlePg(client, { schema }));
        await installQueues((text, values = []) => client.query(text, values));
      } finally {
        await client
          .query('select pg_advisory_unlock($1)', [MIGRATION_LOCK])
          .catch(() => undefined);
        client.release();
      }
    },
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: async () => {
      await changes.close();
      await pool.end();
    },
    changes,
  };
}
