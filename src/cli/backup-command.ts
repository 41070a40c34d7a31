import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import { parseArgs } from 'node:util';
import { backupDatabase, restoreDatabase } from '../db/backup';
import type { BackupSummary } from '../db/backup-format';
import type { Database } from '../db/database';
import { FolderLockedError, folderOwner } from '../db/folder-lock';
import { readBackupChannel, type BackupChannelInfo } from '../server/backup-channel';
import { storageOf } from '../server/adapters/storage';
import type { Config } from '../server/config';
import { localFilesDir, pgliteFolder } from '../server/main';

type WithDatabase = <T>(work: (db: Database) => Promise<T>) => Promise<T>;

function parse(command: string, args: string[]): { file: string; withFiles: boolean } {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'without-files': { type: 'boolean' } },
  });
  const file = positionals[0];
  if (!file) throw new Error(`Hãy dùng: loa ${command} FILE [--without-files]`);
  return { file, withFiles: !values['without-files'] };
}

const describe = (s: BackupSummary, file: string): string =>
  `Đã sao lưu ${s.rows} dòng${s.files ? ` và ${s.files} tệp tải lên` : ''} vào ${file}.`;

/** Streams a backup from the process that owns the folder into `file`; refuses one cut short. */
async function backupThroughOwner(
  channel: BackupChannelInfo,
  file: string,
  withFiles: boolean,
): Promise<BackupSummary> {
  const res = await fetch(`http://127.0.0.1:${channel.port}/backup?files=${withFiles ? 1 : 0}`, {
    headers: { authorization: `Bearer ${channel.token}` },
  }).catch(() => null);
  if (!res?.ok || !res.body)
    throw new Error(
      `Máy chủ Loa (tiến trình ${channel.pid}) không trả lời yêu cầu sao lưu (${res?.status ?? 'không kết nối được'}).`,
    );
  let tail = '';
  const keepTail = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      tail = (tail + chunk.toString('utf8')).slice(-4096);
      done(null, chunk);
    },
  });
  const part = `${file}.part`;
  try {
    await pipeline(
      Readable.fromWeb(res.body as ReadableStream<Uint8Array>),
      keepTail,
      createWriteStream(part),
    );
    const last = JSON.parse(tail.trimEnd().split('\n').pop() ?? '{}') as Partial<BackupSummary> & {
      end?: boolean;
    };
    if (!last.end) throw new Error('cut short');
    await rename(part, file);
    return { tables: last.tables ?? 0, rows: last.rows ?? 0, files: last.files ?? 0 };
  } catch {
    await rm(part, { force: true });
    throw new Error(
      `Máy chủ Loa (tiến trình ${channel.pid}) dừng giữa chừng khi sao lưu; không có tệp nào được ghi.`,
    );
  }
}

/**
 * `loa backup FILE [--without-files]`: the database and, on local storage, the uploaded files.
 * An embedded folder owned by a running server is backed up by that server, never opened twice.
 */
export async function backupCommand(
  config: Config,
  args: string[],
  withDatabase: WithDatabase,
): Promise<string> {
  const { file, withFiles } = parse('backup', args);
  const filesDir = withFiles ? localFilesDir(config) : null;
  if (!config.databaseUrl) {
    const folder = pgliteFolder(config);
    const owner = folderOwner(folder);
    if (owner !== null) {
      const channel = readBackupChannel(folder);
      if (channel?.pid !== owner) throw new FolderLockedError(folder, owner);
      const summary = await backupThroughOwner(channel, file, withFiles);
      return `${describe(summary, file)} (Máy chủ đang chạy, tiến trình ${owner}, đã tạo bản sao lưu.)`;
    }
  }
  const summary = await withDatabase((db) => backupDatabase(db.db, file, { filesDir }));
  return describe(summary, file);
}

/** `loa restore FILE`: replaces the data, and puts the backup's files back into storage. */
export async function restoreCommand(
  config: Config,
  args: string[],
  withDatabase: WithDatabase,
): Promise<string> {
  const { file, withFiles } = parse('restore', args);
  const storage = withFiles ? storageOf(config.storage) : null;
  const result = await withDatabase((db) => restoreDatabase(db.db, file, { storage }));
  return `Đã khôi phục ${result.rows} dòng${result.files ? ` và ${result.files} tệp tải lên` : ''} từ ${file}.`;
}
