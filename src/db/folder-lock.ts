import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The lock file inside an embedded database folder: the pid of the one process that owns it. */
export const LOCK_FILE = 'loa.lock';

/** Folders this process holds, so a second open in the same process is refused too. */
const held = new Set<string>();

/** A PGlite folder another process (or this one, twice) already owns. */
export class FolderLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    const lock = join(dir, LOCK_FILE);
    super(
      `Thư mục dữ liệu ${dir} đang được tiến trình ${pid} sử dụng (một máy chủ Loa hoặc một lệnh loa khác). ` +
        `Hai tiến trình mở cùng một thư mục sẽ làm hỏng cơ sở dữ liệu, nên lệnh này dừng lại. ` +
        `Hãy dừng tiến trình ${pid} rồi chạy lại; "loa backup" vẫn chạy được khi máy chủ đang chạy. ` +
        `Nếu chắc chắn không còn tiến trình ${pid}, hãy xoá tệp ${lock}.\n` +
        `The data folder ${dir} is in use by process ${pid}. Opening it from a second process would ` +
        `corrupt the database, so this command stops. Stop process ${pid} and run it again ` +
        `("loa backup" works while the server runs). If no such process runs, delete ${lock}.`,
    );
    this.name = 'FolderLockedError';
  }
}

/** Whether a process with this pid exists (EPERM: it does, under another user). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): { pid: number; text: string } | null {
  try {
    const text = readFileSync(file, 'utf8');
    const pid = Number((JSON.parse(text) as { pid?: unknown }).pid);
    return { pid: Number.isInteger(pid) && pid > 0 ? pid : 0, text };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    // Unreadable or half-written by a process killed while writing it: nobody holds it.
    return { pid: 0, text: '' };
  }
}

/**
 * The live process owning `dir`, or null when nobody does (no lock, or a stale one). A lock
 * naming this very pid but not held here is stale too: in a container the restarted server
 * often gets the pid its killed predecessor had.
 */
export function folderOwner(folder: string): number | null {
  const dir = resolve(folder);
  if (held.has(dir)) return process.pid;
  const found = readPid(join(dir, LOCK_FILE));
  if (!found || found.pid === 0 || found.pid === process.pid) return null;
  return isAlive(found.pid) ? found.pid : null;
}

/**
 * Makes this process the one owner of `dir`: creates the lock atomically (`wx`), takes over a
 * lock whose process is gone, and throws FolderLockedError when a live process holds it.
 * Returns the release, which is also run when the process exits normally.
 */
export function lockFolder(folder: string): () => void {
  const dir = resolve(folder);
  const file = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    const owner = folderOwner(dir);
    if (owner !== null) throw new FolderLockedError(dir, owner);
    try {
      const fd = openSync(file, 'wx', 0o600);
      try {
        writeSync(fd, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
      } finally {
        closeSync(fd);
      }
      held.add(dir);
      const release = (): void => {
        process.off('exit', release);
        if (!held.delete(dir)) return;
        if (readPid(file)?.pid === process.pid) rmSync(file, { force: true });
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A stale lock: remove it only if it is still the one judged stale, then try `wx` again;
      // of two processes taking over at once, `wx` lets one win and the other sees it alive.
      const stale = readPid(file);
      if (stale && folderOwner(dir) === null && readPid(file)?.text === stale.text)
        rmSync(file, { force: true });
    }
  }
  throw new FolderLockedError(dir, readPid(file)?.pid ?? 0);
}
