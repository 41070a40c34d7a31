import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FileStorage, FileStream } from '../../domain/content/content.port';
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

const missing = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Files in a local folder (LOA_DATA_DIR/files by default); each write lands whole or not at all. */
export function localStorage(root: string): FileStorage {
  const putStream = async (key: string, file: FileStream): Promise<void> => {
    const path = pathOf(root, key);
    const temp = join(dirname(path), `.${crypto.randomUUID()}.part`);
    try {
      await mkdir(dirname(path), { recursive: true });
      await pipeline(Readable.from(file.body), createWriteStream(temp));
      await rename(temp, path);
    } catch (error) {
      // A disk that filled up mid-write leaves part of the file behind: remove it, and say why.
      await rm(temp, { force: true }).catch(() => undefined);
      if (NO_SPACE.has(String((error as NodeJS.ErrnoException).code))) throw storageFull();
      throw error;
    }
  };
  const open = async (key: string): Promise<FileStream | null> => {
    const path = pathOf(root, key);
    try {
      const { size } = await stat(path);
      return { size, body: createReadStream(path) };
    } catch (error) {
      if (missing(error)) return null;
      throw error;
    }
  };
  return {
    putStream,
    put: (key, bytes) => putStream(key, { size: bytes.byteLength, body: Readable.from([bytes]) }),
    open,
    async get(key) {
      const file = await open(key);
      if (!file) return null;
      const chunks: Uint8Array[] = [];
      for await (const chunk of file.body) chunks.push(chunk);
      return new Uint8Array(Buffer.concat(chunks));
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
    async putStream(key, file) {
      const chunks: Uint8Array[] = [];
      for await (const chunk of file.body) chunks.push(chunk);
      files.set(key, new Uint8Array(Buffer.concat(chunks)));
    },
    get: async (key) => files.get(key) ?? null,
    async open(key) {
      const bytes = files.get(key);
      return bytes ? { size: bytes.byteLength, body: Readable.from([bytes]) } : null;
    },
    delete: async (key) => void files.delete(key),
  };
}
