import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Db } from './database';
import { queryRows } from './query-rows';
import { dumpFiles } from './backup-files';

import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  tablesInDependencyOrder,
  type BackupSummary,
} from './backup-format';

export { tablesInDependencyOrder } from './backup-format';
export { restoreDatabase } from './restore';

const BATCH = 2000;

/**
 * Writes a logical dump to `out`: a header, one line per row of every table, then (with
 * `filesDir`) every uploaded file of that local storage folder, then a line that marks it whole.
 */
export async function writeBackup(
  db: Db,
  out: Writable,
  opts: { filesDir?: string | null } = {},
): Promise<BackupSummary> {
  const write = async (line: unknown): Promise<void> => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  };
  let rows = 0;
  let tableCount = 0;
  // One repeatable-read transaction: the dump is one consistent snapshot even while others write.
  await db.transaction(async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read`);
    const tables = await tablesInDependencyOrder(tx);
    tableCount = tables.length;
    await write({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      tables,
      files: Boolean(opts.filesDir),
    });
    for (const table of tables) {
      // A cursor reads each table once, in batches. (LIMIT … OFFSET re-read every earlier row for
      // each batch: fine for the demo, quadratic for five million activities.)
      await tx.execute(
        sql`declare backup_rows no scroll cursor for select row_to_json(t) as r from ${sql.identifier(table)} t`,
      );
      for (;;) {
        const batch = await queryRows<{ r: unknown }>(
          tx,
          sql`fetch forward ${sql.raw(String(BATCH))} from backup_rows`,
        );
        for (const row of batch) await write({ t: table, r: row.r });
        rows += batch.length;
        if (batch.length < BATCH) break;
      }
      await tx.execute(sql`close backup_rows`);
    }
  });
  // Files after the snapshot, outside its transaction (PGlite's writers wait for that one). A file
  // is stored before its row commits, so every file a row of the snapshot names is already there.
  const files = opts.filesDir ? await dumpFiles(opts.filesDir, write) : 0;
  const summary = { tables: tableCount, rows, files };
  await write({ end: true, ...summary });
  return summary;
}

/** Writes a backup to `file`, under a temporary name until it is complete. */
export async function backupDatabase(
  db: Db,
  file: string,
  opts: { filesDir?: string | null } = {},
): Promise<BackupSummary> {
  const part = `${file}.part`;
  const out = createWriteStream(part, { encoding: 'utf8' });
  try {
    const summary = await writeBackup(db, out, opts);
    out.end();
    await once(out, 'finish');
    await rename(part, file);
    return summary;
  } catch (error) {
    out.destroy();
    await rm(part, { force: true });
    throw error;
  }
}
