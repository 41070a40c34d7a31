import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import type { FileStorage } from '../domain/content/content.port';
import type { Db } from './database';
import { BACKUP_FORMAT, tablesInDependencyOrder } from './backup-format';
import { fileRestorer, type FileLine } from './backup-files';

const BATCH = 2000;

interface Line {
  format?: string;
  version?: number;
  tables?: string[];
  t?: string;
  r?: unknown;
  f?: string;
  b?: string;
  end?: boolean;
  rows?: number;
}

/**
 * Replaces every table's content with a dump's, in one transaction: a bad or partial file
 * leaves the database as it was. The schema must be migrated first. Uploaded files in the dump
 * are put into `storage` under their keys (files the dump does not name are left alone).
 */
export async function restoreDatabase(
  db: Db,
  file: string,
  opts: { storage?: FileStorage | null } = {},
): Promise<{ rows: number; files: number }> {
  let header: Line | null = null;
  let end: Line | null = null;
  let rows = 0;
  let files = 0;
  const restorer = fileRestorer(opts.storage ?? null);
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
    for await (const text of lines) {
      if (!text.trim()) continue;
      const parsed = JSON.parse(text) as Line;
      if (!header) {
        if (parsed.format !== BACKUP_FORMAT || !Array.isArray(parsed.tables))
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
      if (parsed.end) {
        end = parsed;
        break;
      }
      if (typeof parsed.f === 'string') {
        await flush();
        files = await restorer.add(parsed as FileLine);
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
    files = await restorer.finish();
    if (!header) throw new Error('Tệp sao lưu trống.');
    // Version 1 had no last line; from version 2 a backup cut short is refused, not half-restored.
    if ((header.version ?? 1) >= 2 && !end)
      throw new Error('Bản sao lưu không trọn vẹn (thiếu dòng kết thúc): tệp bị cắt ngang.');
    const stated = end?.rows;
    if (stated !== undefined && stated !== rows)
      throw new Error(`Bản sao lưu không khớp: ghi ${stated} dòng, đọc được ${rows}.`);
  });
  return { rows, files };
}
