import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import type { FileStorage } from '../domain/content/content.port';

/** Bytes per backup line of a file (base64 makes the line a third longer). */
const CHUNK = 1024 * 1024;

/** One line of a file in a backup: its storage key and the next piece of its bytes. */
export interface FileLine {
  f: string;
  b: string;
}

/** Storage keys under a local storage folder; dot files are writes in progress, never a key. */
async function* keysUnder(root: string, dir = root): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* keysUnder(root, path);
    else if (entry.isFile()) yield relative(root, path).split(sep).join(posix.sep);
  }
}

/**
 * Writes every file of a local storage folder as lines of `CHUNK` bytes each; returns how many
 * files. A file removed while the backup runs is skipped (its row was deleted too).
 */
export async function dumpFiles(
  root: string,
  write: (line: FileLine) => Promise<void>,
): Promise<number> {
  let count = 0;
  for await (const key of keysUnder(root)) {
    let written = 0;
    try {
      for await (const chunk of createReadStream(join(root, key), { highWaterMark: CHUNK })) {
        await write({ f: key, b: (chunk as Buffer).toString('base64') });
        written++;
      }
    } catch (error) {
      // Gone before it was opened; once open, a removed file still reads whole.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && written === 0) continue;
      throw error;
    }
    // An empty file still has its one line, so it comes back too.
    if (written === 0) await write({ f: key, b: '' });
    count++;
  }
  return count;
}

/**
 * Puts files read back from a backup into storage, one whole file at a time (lines of one file
 * are consecutive). `add` takes each line; `finish` stores the last file; both return the count.
 */
export function fileRestorer(storage: FileStorage | null): {
  add: (line: FileLine) => Promise<number>;
  finish: () => Promise<number>;
} {
  let current: { key: string; parts: Buffer[] } | null = null;
  let stored = 0;
  const flush = async (): Promise<number> => {
    if (current && storage) {
      await storage.put(current.key, Buffer.concat(current.parts), 'application/octet-stream');
      stored++;
    }
    current = null;
    return stored;
  };
  return {
    add: async (line) => {
      if (current?.key !== line.f) {
        await flush();
        current = { key: line.f, parts: [] };
      }
      current.parts.push(Buffer.from(line.b, 'base64'));
      return stored;
    },
    finish: flush,
  };
}
