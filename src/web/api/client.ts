/** A field-level problem as the API reports it (RFC 9457 `errors` extension). */
export interface FieldProblem {
  path: string;
  message: string;
}

/** The problem+json body every API error carries. */
export interface Problem {
  title: string;
  status: number;
  code: string;
  detail?: string;
  errors?: FieldProblem[];
}

/** Thrown for every non-2xx answer; `problem` is what the server said, or a stand-in. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get code(): string {
    return this.problem.code;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

type QueryValue = string | number | boolean | undefined | null;

interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Do not treat a 401 as an expired session (the login form expects 401 for bad passwords). */
  allowUnauthenticated?: boolean;
  /** Sent as Idempotency-Key: the server records a repeat of this request once. */
  idempotencyKey?: string;
}

let onUnauthorized: () => void = () => undefined;

/** Lets the app decide what an expired session means (it sends the user to the login page). */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

const BASE = '/api/v1';

function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${BASE}${path}${qs ? `?${qs}` : ''}`;
}

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' && value !== null && typeof (value as Problem).title === 'string'
  );
}

async function readProblem(res: Response): Promise<Problem> {
  const fallback: Problem = {
    title: res.statusText || `HTTP ${res.status}`,
    status: res.status,
    code: 'http_error',
  };
  const body: unknown = await res.json().catch(() => null);
  if (!isProblem(body)) return fallback;
  return { ...fallback, ...body, status: res.status };
}

async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json, application/problem+json',
        ...(opts.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(opts.idempotencyKey ? { 'Idempotency-Key': opts.idempotencyKey } : {}),
      },
      body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
    });
  } catch {
    throw new ApiError({ title: '', status: 0, code: 'network' });
  }
  if (!res.ok) {
    const problem = await readProblem(res);
    if (res.status === 401 && !opts.allowUnauthenticated) onUnauthorized();
    throw new ApiError(problem);
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** The one way the SPA talks to the API: JSON in and out, session cookie, problem+json errors. */
export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, opts?: RequestOptions) =>
    request<T>('GET', path, { ...opts, query }),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) =>
    request<T>('POST', path, { ...opts, body: body ?? {} }),
  /**
   * Creates something: every create goes through here with the key of the form it came from
   * (`useFormKey`), so a double click, Enter then the button, or a retry records it once.
   */
  create: <T>(path: string, body: unknown, key: string) =>
    request<T>('POST', path, { body, idempotencyKey: key }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};
