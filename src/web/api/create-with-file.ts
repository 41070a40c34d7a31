import { fileRefusal, HEAD_BYTES, readsWhole, type FileUse } from '../../contracts/file-uses';
import { isApiError } from './client';

/** A file refused for an item: before the item was created, or after, the item taken back. */
export class FileRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileRefused';
  }
}

const bytesOf = async (blob: Blob): Promise<Uint8Array> => new Uint8Array(await blob.arrayBuffer());

/** Why the server would refuse this file for this use (the same rules, read here), or null. */
export async function checkFileFor(use: FileUse, file: File): Promise<string | null> {
  const head = await bytesOf(file.slice(0, HEAD_BYTES));
  const bytes = (await readsWhole(use, head, file.size)) ? await bytesOf(file) : head;
  return (await fileRefusal(use, bytes, file.size))?.message ?? null;
}

const refusalText = (e: unknown): string | null => {
  if (!isApiError(e) || e.status === 0) return null;
  return e.problem.detail ?? e.problem.title;
};

/**
 * Creates an item and then sends its file, so that no item is left that the user did not want:
 * the file is checked first by the server's own rules (nothing is created for a file they
 * refuse), and an upload refused anyway (a broken audio file, a full disk) takes back the item it
 * was for. `remove` is omitted when the item existed before (an edit keeps its item). `rolledBack`
 * lets the form take a new idempotency key: its old one answers with the item just removed.
 * Throws FileRefused for the file, or the create's own error (the form shows it by its fields).
 */
export async function createWithFile<T extends { id: string }>(steps: {
  file: File | null;
  use: FileUse;
  create: () => Promise<T>;
  upload: (item: T, file: File) => Promise<unknown>;
  remove?: ((item: T) => Promise<unknown>) | undefined;
  rolledBack?: () => void;
}): Promise<T> {
  const { file } = steps;
  if (file) {
    const refused = await checkFileFor(steps.use, file);
    if (refused) throw new FileRefused(refused);
  }
  const item = await steps.create();
  if (!file) return item;
  try {
    await steps.upload(item, file);
  } catch (e) {
    if (steps.remove) {
      await steps.remove(item).catch(() => undefined);
      steps.rolledBack?.();
    }
    const text = refusalText(e);
    if (text) throw new FileRefused(text);
    throw e;
  }
  return item;
}
