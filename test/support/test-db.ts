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
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('LOA_TEST_ENGINE=postgres needs DATABASE_URL');
  const name = `loa_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString(), dataDir: null });
  await db.migrate();
  return {
    ...db,
    close: async () => {
      await db.close();
      const drop = new pg.Client({ connectionString: base });
      await drop.connect();
      await drop.query(`drop database if exists ${name} with (force)`);
      await drop.end();
    },
  };
}
