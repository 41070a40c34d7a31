import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { randomId, sample, sampleQuery, urlOf, type ApiRoute } from './api-routes';
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

/** Routes taking a raw file body (application/octet-stream) instead of JSON. */
export const RAW_UPLOADS = new Set([
  'PUT /api/v1/activities/{id}/photo',
  'PUT /api/v1/content/{id}/file',
  'PUT /api/v1/claims/{id}/screenshot',
]);

export const MiB = 1024 * 1024;

/** Routes whose own body limit is above the server's 1 MiB (files, imported documents). */
export const LARGER_LIMITS: Record<string, number> = {
  'POST /api/v1/activities/import': 40 * MiB,
  'PUT /api/v1/activities/{id}/photo': 10 * MiB + 1024,
  'PUT /api/v1/content/{id}/file': 100 * MiB,
  'PUT /api/v1/claims/{id}/screenshot': 10 * MiB + 1024,
  'PATCH /api/v1/elections/{id}/milestones/{milestoneId}': 8 * MiB,
  'PUT /api/v1/elections/{id}/milestones/{milestoneId}/sub-units/{unitId}': 15 * MiB,
  'PUT /api/v1/candidates/{id}/photo': 4 * MiB,
  'POST /api/v1/elections/{id}/polling/import': 40 * MiB,
  'POST /api/v1/imports': 100 * MiB,
  'POST /api/v1/stations/{id}/plays/import': 40 * MiB,
};

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
  /** A JSON body to send instead of the schema's sample (one a route will act on). */
  body?: unknown;
}

/** One schema-valid request to a route (a PNG for raw uploads), its ids taken by kind. */
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
  if (RAW_UPLOADS.has(r.key)) {
    headers['content-type'] = 'application/octet-stream';
    headers['x-file-name'] = 'anh.png';
    payload = PNG;
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
