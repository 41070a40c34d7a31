import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/database';

type Row = Record<string, unknown>;
const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

const rowsOf = (result: unknown): Row[] =>
  isRow(result) && Array.isArray(result.rows) ? result.rows.filter(isRow) : [];

/** Runs SQL on either engine and returns its rows. */
export async function query(database: Database, text: string): Promise<Row[]> {
  return rowsOf(await database.db.execute(sql.raw(text)));
}

/**
 * A fingerprint of every row of every table: two equal fingerprints mean nothing was inserted,
 * updated or deleted in between. Tables in `except` (sessions, say) are left out.
 */
export async function fingerprint(
  database: Database,
  except: string[] = [],
): Promise<Record<string, string>> {
  const tables = await query(
    database,
    `select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    if (typeof name !== 'string' || except.includes(name)) continue;
    const [row] = await query(
      database,
      `select count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as f
         from "${name}" t`,
    );
    out[name] = String(row?.f);
  }
  return out;
}
