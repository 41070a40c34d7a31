import { sql } from 'drizzle-orm';
import type { Db } from './database';
import { queryRows } from './query-rows';

export const BACKUP_FORMAT = 'loa-backup';
/** 2: uploaded files follow the rows, and a last line marks the backup complete. */
export const BACKUP_VERSION = 2;

/** What a backup holds, as its last line states it. */
export interface BackupSummary {
  tables: number;
  rows: number;
  files: number;
}

/** Tables of the public schema, parents before children, so a restore never breaks a foreign key. */
export async function tablesInDependencyOrder(db: Db): Promise<string[]> {
  const tables = (
    await queryRows(
      db,
      sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
    )
  ).map((r) => String(r.name));
  const edges = await queryRows(
    db,
    sql`
      select c.relname as child, p.relname as parent from pg_constraint k
      join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
      join pg_namespace n on n.oid = c.relnamespace
      where k.contype = 'f' and n.nspname = 'public' and c.relname <> p.relname`,
  );
  const ordered: string[] = [];
  const visit = (t: string, trail: Set<string>): void => {
    if (ordered.includes(t) || trail.has(t)) return;
    for (const e of edges) if (e.child === t) visit(String(e.parent), new Set([...trail, t]));
    ordered.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return ordered;
}
