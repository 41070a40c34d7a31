import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { FileStorage } from '../../domain/content/content.port';
import { DomainError } from '../../domain/shared/domain-error';

/** Error codes of a disk (or a quota) with no room left. */
const NO_SPACE = new Set(['ENOSPC', 'EDQUOT']);

const storageFull = (): DomainError =>
  new DomainError(
    'storage_full',
    'Bộ nhớ lưu tệp của máy chủ đã đầy nên tệp chưa được lưu. Hãy báo quản trị viên giải phóng dung lượng rồi tải lên lại.',
  );

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
      const temp = join(dirname(path), `.${crypto.randomUUID()}.part`);
      try {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(temp, bytes);
        await rename(temp, path);
      } catch (error) {
        // A disk that filled up mid-write leaves part of the file behind: remove it, and say why.
        await rm(temp, { force: true }).catch(() => undefined);
        if (NO_SPACE.has(String((error as NodeJS.ErrnoException).code))) throw storageFull();
        throw error;
      }
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
