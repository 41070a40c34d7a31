import { ApiError, type Problem } from '../../api/client';

const isProblem = (v: unknown): v is Problem =>
  typeof v === 'object' && v !== null && typeof (v as { title?: unknown }).title === 'string';

/**
 * PUTs a file as a raw body (no base64) and reports upload progress (0–100); failures are the
 * same ApiError the rest of the app handles.
 */
export function putFileWithProgress<T>(
  path: string,
  file: File,
  onProgress: (p: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', `/api/v1${path}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError({ title: '', status: 0, code: 'network' }));
    xhr.onload = () => {
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        parsed = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(parsed as T);
      const fallback: Problem = { title: xhr.statusText, status: xhr.status, code: 'http_error' };
      reject(
        new ApiError(isProblem(parsed) ? { ...fallback, ...parsed, status: xhr.status } : fallback),
      );
    };
    xhr.send(file);
  });
}
