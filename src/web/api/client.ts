import {
  fillPath,
  type ActionRoute,
  type Answer,
  type Body,
  type CreateRoute,
  type Method,
  type Params,
  type Route,
} from './routes';

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

export interface RequestOptions {
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

/** Tells the app its session has expired (a 401 from a request sent outside `api`). */
export const sessionExpired = (): void => {
  onUnauthorized();
};

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

type BodyPart<P, M extends Method> = [Body<P, M>] extends [never]
  ? { body?: never }
  : { body: Body<P, M> };
/** A call's path parameters, query and body, as the route declares them. */
export type Call<P, M extends Method> = Params<P, M> & BodyPart<P, M>;
/** The call may be left out when nothing in it is required. */
type Rest<P, M extends Method> =
  object extends Call<P, M>
    ? [call?: Call<P, M>, opts?: RequestOptions]
    : [call: Call<P, M>, opts?: RequestOptions];

interface AnyCall {
  path?: Record<string, string>;
  query?: object;
  body?: unknown;
}

/** A call as sent: the route's types (see `api`) have already checked its shape. */
export const readCall = (call: object | undefined): AnyCall => call ?? {};

/** The untyped core of every call; `api` below pairs it with the route's types. */
function send<T>(
  method: Method,
  route: string,
  call: object | undefined,
  opts: RequestOptions | undefined,
): Promise<T> {
  const c = readCall(call);
  return request<T>(method.toUpperCase(), fillPath(route, c.path), {
    ...opts,
    query: c.query as Record<string, QueryValue> | undefined,
    body: c.body ?? (method === 'post' ? {} : undefined),
  });
}

/**
 * The one way the SPA talks to the API: JSON in and out, session cookie, problem+json errors.
 * Routes are written as the API documents them ("/units/{id}") with their parameters beside;
 * what each takes and answers comes from openapi.json (see routes.ts).
 */
export const api = {
  get: <P extends Route<'get'>>(route: P, ...[call, opts]: Rest<P, 'get'>) =>
    send<Answer<P, 'get'>>('get', route, call, opts),
  /** A POST that does not create (an action: move, submit, sign in…). */
  post: <P extends ActionRoute>(route: P, ...[call, opts]: Rest<P, 'post'>) =>
    send<Answer<P, 'post'>>('post', route, call, opts),
  /**
   * Creates something: every create goes through here with the key of the form it came from
   * (`useFormKey`), so a double click, Enter then the button, or a retry records it once.
   * Only routes that answer 201 Created are accepted, and only here.
   */
  create: <P extends CreateRoute>(route: P, call: Call<P, 'post'>, key: string) =>
    send<Answer<P, 'post'>>('post', route, call, { idempotencyKey: key }),
  patch: <P extends Route<'patch'>>(route: P, ...[call, opts]: Rest<P, 'patch'>) =>
    send<Answer<P, 'patch'>>('patch', route, call, opts),
  put: <P extends Route<'put'>>(route: P, ...[call, opts]: Rest<P, 'put'>) =>
    send<Answer<P, 'put'>>('put', route, call, opts),
  delete: <P extends Route<'delete'>>(route: P, ...[call, opts]: Rest<P, 'delete'>) =>
    send<Answer<P, 'delete'>>('delete', route, call, opts),
};
