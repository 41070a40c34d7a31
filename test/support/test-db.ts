import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/database';

/** Which engine this test run uses: an embedded PGlite, or the server at DATABASE_URL. */
export const testEngine = (): 'pglite' | 'postgres' =>
  process.env.LOA_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';

/**
 * A fresh, migrated database for one test file: an in-memory PGlite, or a new database created
 * on the PostgreSQL server (dropped again by `close`).
 */
export async function createTestDatabase(): Promise<Database> {
  if (testEngine() === 'pglite') {
    const db = await openDatabase({ dataDir: null });
    await db.migrate();
    return db;
  }
  const fresh = await createPostgresDatabase();
  const db = await openDatabase({ url: fresh.url, dataDir: null });
  await db.migrate();
  return {
    ...db,
    close: async () => {
      await db.close();
      await fresh.drop();
    },
  };
}

/**
 * A new, empty database on the server at DATABASE_URL, for tests that connect to it themselves
 * (through a proxy, or from child processes): its URL, its name, and `drop` (forcing others off).
 */
export async function createPostgresDatabase(
  prefix = 'loa_test',
): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('LOA_TEST_ENGINE=postgres needs DATABASE_URL');
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string): Promise<void> => {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}
