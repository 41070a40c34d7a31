/** The largest file the page sends (the API takes a little more, as base64 grows by a third). */
export const MAX_BYTES = 50 * 1024 * 1024;
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

/** Reads a file as base64 (without the data: prefix), reporting progress (0–100). */
export function readAsBase64(file: Blob, onProgress: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
