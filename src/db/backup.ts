import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import type { Db } from './database';
import { queryRows } from './query-rows';

const FORMAT = 'loa-backup';
const BATCH = 2000;

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

/** Writes a logical dump (JSON Lines: a header, then one line per row) of every table to `file`. */
export async function backupDatabase(
  db: Db,
  file: string,
): Promise<{ tables: number; rows: number }> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  const write = async (line: unknown): Promise<void> => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  };
  let total = 0;
  let tableCount = 0;
  // One repeatable-read transaction: the dump is one consistent snapshot even while others write.
  await db.transaction(async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read`);
    const tables = await tablesInDependencyOrder(tx);
    tableCount = tables.length;
    await write({ format: FORMAT, version: 1, createdAt: new Date().toISOString(), tables });
    for (const table of tables) {
      // A cursor reads each table once, in batches. (LIMIT … OFFSET re-read every earlier row for
      // each batch: fine for the demo, quadratic for five million activities.)
      await tx.execute(
        sql`declare backup_rows no scroll cursor for select row_to_json(t) as r from ${sql.identifier(table)} t`,
      );
      for (;;) {
        const rows = await queryRows<{ r: unknown }>(
          tx,
          sql`fetch forward ${sql.raw(String(BATCH))} from backup_rows`,
        );
        for (const row of rows) await write({ t: table, r: row.r });
        total += rows.length;
        if (rows.length < BATCH) break;
      }
      await tx.execute(sql`close backup_rows`);
    }
  });
  out.end();
  await once(out, 'finish');
  return { tables: tableCount, rows: total };
}

/**
 * Replaces every table's content with a dump's, in one transaction: a bad or partial file
 * leaves the database as it was. The schema must be migrated first.
 */
export async function restoreDatabase(db: Db, file: string): Promise<{ rows: number }> {
  let header: { format?: string; tables?: string[] } | null = null;
  let rows = 0;
  await db.transaction(async (tx) => {
    let pending = null as { table: string; rows: unknown[] } | null;
    const flush = async (): Promise<void> => {
      if (!pending || pending.rows.length === 0) return;
      const t = sql.identifier(pending.table);
      await tx.execute(
        sql`insert into ${t} select * from json_populate_recordset(null::${t}, ${JSON.stringify(pending.rows)}::json)`,
      );
      rows += pending.rows.length;
      pending.rows = [];
    };
    // Opened only now: a readline started before the transaction would emit lines nobody reads.
    const lines = createInterface({
      input: createReadStream(file, { encoding: 'utf8' }),
      crlfDelay: Infinity,
    });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const parsed = JSON.parse(line) as {
        t?: string;
        r?: unknown;
        format?: string;
        tables?: string[];
      };
      if (!header) {
        if (parsed.format !== FORMAT || !Array.isArray(parsed.tables))
          throw new Error('Tệp không phải bản sao lưu của Loa.');
        header = parsed;
        const known = await tablesInDependencyOrder(tx);
        const missing = parsed.tables.filter((t) => !known.includes(t));
        if (missing.length)
          throw new Error(
            `Bản sao lưu có bảng không tồn tại: ${missing.join(', ')}. Hãy chạy "loa migrate" trước.`,
          );
        await tx.execute(sql.raw(`truncate ${known.map((t) => `"${t}"`).join(', ')} cascade`));
        continue;
      }
      if (!parsed.t) continue;
      if (pending?.table !== parsed.t) {
        await flush();
        pending = { table: parsed.t, rows: [] };
      }
      pending.rows.push(parsed.r);
      if (pending.rows.length >= BATCH) await flush();
    }
    await flush();
    if (!header) throw new Error('Tệp sao lưu trống.');
  });
  return { rows };
}
