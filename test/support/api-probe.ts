import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import {
  formFiles,
  randomId,
  sample,
  sampleFormFields,
  sampleQuery,
  urlOf,
  type ApiRoute,
} from './api-routes';
import { formBody, type FormParts } from './upload-form';
import { idSource, kindOfParam, PNG, type Kind } from './security-world';

/** Routes that answer without a session on purpose: signing in, and signing out. */
export const PUBLIC = new Set(['POST /api/v1/auth/login', 'POST /api/v1/auth/logout']);

/** Writes on one's own account that every role may make (so a viewer's 200 is right). */
export const SELF_SERVICE = new Set([
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'POST /api/v1/me/password',
  'POST /api/v1/notifications/read',
  'POST /api/v1/calendar-feeds',
]);

/** POST routes that only read (their input is too rich for a query string): any role may ask. */
export const READS_BY_POST = new Set([
  'POST /api/v1/plans/assignees-preview',
  'POST /api/v1/documents/verify',
]);

export const MiB = 1024 * 1024;

/**
 * Routes whose JSON body limit is above the server's 1 MiB. None: files travel in upload forms,
 * each file under its own cap (see upload-forms.test.ts), and JSON bodies stay small.
 */
export const LARGER_LIMITS: Record<string, number> = {};

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** The route's method as `inject` types it. */
export function methodOf(r: ApiRoute): (typeof METHODS)[number] {
  const method = METHODS.find((m) => m === r.method);
  if (!method) throw new Error(`${r.key}: unexpected method`);
  return method;
}

/** The route's path with its parameters filled from `ids` by kind (a fresh id otherwise). */
export const pathOf = (r: ApiRoute, ids: Partial<Record<Kind, string>>): string =>
  urlOf(r, Object.fromEntries(r.pathParams.map((p) => [p, ids[kindOfParam(r, p)] ?? randomId()])));

export interface Probe {
  cookie?: string;
  /** Ids to name, by kind: in the path, the query and the body. */
  ids: Partial<Record<Kind, string>>;
  /** Path parameters overriding `ids`, by name. */
  params?: Record<string, string>;
  /** Fill optional id filters and fields too, not only required ones. */
  optionalIds?: boolean;
  headers?: Record<string, string>;
  /** A JSON body (or a form's text fields) to send instead of the schema's sample. */
  body?: unknown;
}

/** One schema-valid request to a route (a PNG for every file of a form), its ids taken by kind. */
export async function probe(
  app: FastifyInstance,
  r: ApiRoute,
  c: Probe,
): Promise<LightMyRequestResponse> {
  const o = { ids: idSource(c.ids), optionalIds: c.optionalIds ?? false, where: r.key };
  const params = Object.fromEntries(
    r.pathParams.map((p) => [p, c.params?.[p] ?? c.ids[kindOfParam(r, p)] ?? randomId()]),
  );
  const headers: Record<string, string> = c.cookie ? { cookie: c.cookie } : {};
  let payload: string | Buffer | undefined;
  if (r.form) {
    const fields = sampleFormFields(r, o, PNG.length);
    // A PNG in every file part, a table's too: a route that reads a file before it checks who
    // may send it answers the file's problem instead of the role's, and the walks catch it.
    const png = { name: 'anh.png', bytes: PNG };
    const files = Object.fromEntries(formFiles(r.form).required.map((k) => [k, png]));
    const text = c.body === undefined ? fields : (c.body as FormParts);
    const form = await formBody({ ...text, ...files });
    Object.assign(headers, form.headers);
    payload = form.payload;
  } else if (r.body) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(c.body ?? sample(r.body, 'body', o));
  }
  return app.inject({
    method: methodOf(r),
    url: urlOf(r, params, sampleQuery(r, o)),
    headers: { ...headers, ...c.headers },
    ...(payload === undefined ? {} : { payload }),
  });
}

export interface Problem {
  code?: string;
  title?: string;
  detail?: string;
}

/** The problem+json body of an answer, or {} when it is not one. */
export const problemOf = (res: LightMyRequestResponse): Problem =>
  String(res.headers['content-type']).startsWith('application/problem+json')
    ? res.json<Problem>()
    : {};

/** True for a problem+json answer with this status. */
export const isProblem = (res: LightMyRequestResponse, status: number): boolean =>
  res.statusCode === status &&
  String(res.headers['content-type']).startsWith('application/problem+json');
