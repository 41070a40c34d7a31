import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { FileStorage } from '../../domain/content/content.port';

/** A key as a path inside `root`; refuses anything that would step outside it. */
function pathOf(root: string, key: string): string {
  const full = resolve(root, key);
  if (!full.startsWith(resolve(root) + sep)) throw new Error(`bad storage key ${key}`);
  return full;
}

/** Files in a local folder (LOA_DATA_DIR/files by default); each write lands whole or not at all. */
export function localStorage(root: string): FileStorage {
  return {
    async put(key, bytes) {
      const path = pathOf(root, key);
      await mkdir(dirname(path), { recursive: true });
      const temp = join(dirname(path), `.${crypto.randomUUID()}.part`);
      await writeFile(temp, bytes);
      await rename(temp, path);
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(pathOf(root, key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathOf(root, key), { force: true });
    },
  };
}

/** Files in memory, for tools that never serve files (OpenAPI generation, benchmarks). */
export function memoryStorage(): FileStorage {
  const files = new Map<string, Uint8Array>();
  return {
    put: async (key, bytes) => void files.set(key, bytes),
    get: async (key) => files.get(key) ?? null,
    delete: async (key) => void files.delete(key),
  };
}
