import { ApiError, readCall, type Call, type Problem } from './client';
import { fillPath, type ActionRoute, type Answer, type Params, type Route } from './routes';

const isProblem = (v: unknown): v is Problem =>
  typeof v === 'object' && v !== null && typeof (v as { title?: unknown }).title === 'string';

/**
 * Sends a request body and reports upload progress (0–100), which fetch cannot; failures are the
 * same ApiError the rest of the app handles.
 */
function sendWithProgress<T>(
  method: 'POST' | 'PUT',
  path: string,
  body: XMLHttpRequestBodyInit,
  headers: Record<string, string>,
  onProgress: (percent: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, `/api/v1${path}`);
    for (const [k, v] of Object.entries({
      Accept: 'application/json, application/problem+json',
      ...headers,
    }))
      xhr.setRequestHeader(k, v);
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
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(parsed as T);
        return;
      }
      const fallback: Problem = { title: xhr.statusText, status: xhr.status, code: 'http_error' };
      reject(
        new ApiError(isProblem(parsed) ? { ...fallback, ...parsed, status: xhr.status } : fallback),
      );
    };
    xhr.send(body);
  });
}

/** POSTs JSON with upload progress. */
export const postWithProgress = <P extends ActionRoute>(
  route: P,
  call: Call<P, 'post'>,
  onProgress: (percent: number) => void,
): Promise<Answer<P, 'post'>> => {
  const c = readCall(call);
  return sendWithProgress<Answer<P, 'post'>>(
    'POST',
    fillPath(route, c.path),
    JSON.stringify(c.body ?? {}),
    { 'Content-Type': 'application/json' },
    onProgress,
  );
};

/** PUTs a file as a raw body (no base64) with upload progress. */
export const putFileWithProgress = <P extends Route<'put'>>(
  route: P,
  params: Params<P, 'put'>,
  file: File,
  onProgress: (percent: number) => void,
): Promise<Answer<P, 'put'>> => {
  const c = readCall(params);
  return sendWithProgress<Answer<P, 'put'>>(
    'PUT',
    fillPath(route, c.path),
    file,
    { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
    onProgress,
  );
};
