import { IMPORT_FILE_MAX_BYTES } from '../../../contracts/imports.contract';

/** The largest file the page sends: the API's own cap, so a larger file is refused before upload. */
export const MAX_BYTES = IMPORT_FILE_MAX_BYTES;
export const ACCEPTED = ['.docx', '.pdf', '.html', '.htm', '.txt'] as const;

export type FileProblem = 'tooLarge' | 'wrongType' | 'empty';

/** Why a picked file cannot be sent, or null when it can. */
export function fileProblem(file: { name: string; size: number }): FileProblem | null {
  const name = file.name.toLowerCase();
  if (!ACCEPTED.some((ext) => name.endsWith(ext))) return 'wrongType';
  if (file.size > MAX_BYTES) return 'tooLarge';
  if (file.size === 0) return 'empty';
  return null;
}
