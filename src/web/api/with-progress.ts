import { ApiError, readCall, sessionExpired, type Problem } from './client';
import {
  fillPath,
  type Answer,
  type FormBody,
  type FormRoute,
  type Method,
  type Params,
} from './routes';

const isProblem = (v: unknown): v is Problem =>
  typeof v === 'object' && v !== null && typeof (v as { title?: unknown }).title === 'string';

/**
 * Sends a request body and reports upload progress (0–100), which fetch cannot; failures are the
 * same ApiError the rest of the app handles.
 */
function sendWithProgress<T>(
  method: 'POST' | 'PUT' | 'PATCH',
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
      if (xhr.status === 401) sessionExpired();
      const fallback: Problem = { title: xhr.statusText, status: xhr.status, code: 'http_error' };
      reject(
        new ApiError(isProblem(parsed) ? { ...fallback, ...parsed, status: xhr.status } : fallback),
      );
    };
    xhr.send(body);
  });
}

/**
 * The form's parts in the order the server reads them: text fields first, then files (a
 * streamed file must come after the `size` that announces it). Absent fields are left out.
 */
export function toFormData(form: Record<string, string | Blob | undefined>): FormData {
  const data = new FormData();
  const entries = Object.entries(form);
  for (const [name, value] of entries) if (typeof value === 'string') data.append(name, value);
  for (const [name, value] of entries)
    if (value instanceof Blob) data.append(name, value, value instanceof File ? value.name : name);
  return data;
}

type FormMethod = Extract<Method, 'post' | 'put' | 'patch'>;

/**
 * Sends an upload form (multipart/form-data) with upload progress (0–100); the browser writes the
 * boundary. Failures are the same ApiError the rest of the app handles.
 */
export const sendForm = <M extends FormMethod, P extends FormRoute<M>>(
  method: M,
  route: P,
  params: Params<P, M>,
  form: FormBody<P, M>,
  onProgress: (percent: number) => void = () => undefined,
  headers: Record<string, string> = {},
): Promise<Answer<P, M>> => {
  const c = readCall(params);
  return sendWithProgress<Answer<P, M>>(
    method === 'post' ? 'POST' : method === 'put' ? 'PUT' : 'PATCH',
    fillPath(route, c.path),
    toFormData(form as Record<string, string | Blob | undefined>),
    headers,
    onProgress,
  );
};
