import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

/**
 * Every route of the API as the running app declares it (its live OpenAPI document), so a test
 * that loops over them covers a route added tomorrow without being edited.
 */
export interface ApiRoute {
  /** `POST /api/v1/plans/{id}/issue`, the name failures are reported under. */
  key: string;
  method: string;
  path: string;
  pathParams: string[];
  query: Array<{ name: string; required: boolean; schema: unknown }>;
  /** The JSON body schema, or null for a route without a JSON body. */
  body: unknown;
  /** The upload form's schema (multipart/form-data; files are binary strings), or null. */
  form: unknown;
  /** Routes that a station's controller calls with its bearer token instead of a session. */
  device: boolean;
  /** True when the 200 answer is not a JSON document (a file). */
  servesFile: boolean;
  /** True for a route that makes something new: it answers 201 Created. */
  creates: boolean;
}

const OperationSchema = z.object({
  parameters: z
    .array(
      z.object({
        name: z.string(),
        in: z.string(),
        required: z.boolean().optional(),
        schema: z.unknown(),
      }),
    )
    .optional(),
  requestBody: z
    .object({ content: z.record(z.string(), z.object({ schema: z.unknown() })) })
    .optional(),
  security: z.array(z.record(z.string(), z.unknown())).optional(),
  responses: z
    .record(z.string(), z.object({ content: z.record(z.string(), z.unknown()).optional() }))
    .optional(),
});
const DocumentSchema = z.object({
  paths: z.record(z.string(), z.record(z.string(), OperationSchema)),
});

/** The routes under /api/v1 of a built app, read from `app.swagger()`. */
export function apiRoutes(app: FastifyInstance): ApiRoute[] {
  const doc = DocumentSchema.parse(app.swagger());
  const routes: ApiRoute[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/v1/')) continue;
    for (const [lower, op] of Object.entries(operations)) {
      const method = lower.toUpperCase();
      const params = op.parameters ?? [];
      const ok = op.responses?.['200'] ?? op.responses?.['201'];
      routes.push({
        key: `${method} ${path}`,
        method,
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, required: p.required === true, schema: p.schema })),
        body: op.requestBody?.content['application/json']?.schema ?? null,
        form: op.requestBody?.content['multipart/form-data']?.schema ?? null,
        device: (op.security ?? []).some((s) => 'deviceToken' in s),
        servesFile: !ok?.content?.['application/json'],
        creates: op.responses?.['201'] !== undefined,
      });
    }
  }
  return routes;
}

export const isWrite = (r: ApiRoute): boolean => !['GET', 'HEAD', 'OPTIONS'].includes(r.method);

export const urlOf = (
  r: ApiRoute,
  params: Record<string, string>,
  query: Record<string, string> = {},
): string => {
  const path = r.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${r.key}: no value for {${name}}`);
    return value;
  });
  const qs = new URLSearchParams(query).toString();
  return qs ? `${path}?${qs}` : path;
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** Values for string patterns that carry no `format`; an unknown pattern fails the test by name. */
const PATTERN_SAMPLES: Record<string, string> = {
  '^\\d{2}:\\d{2}$': '06:30',
  '^\\d{4}-W\\d{2}$': '2022-W14',
  '^[0-9a-f]{64}$': 'a'.repeat(64),
  '^[a-z0-9_]{2,40}$': 'muc_thu',
  // A whole number in an upload form (a file's length: see sampleFormFields).
  '^\\d{1,15}$': '1',
};

/**
 * Answers the id to put in a field named `name` (`unitId`, `stationIds`…), or undefined when the
 * name is not an id the caller knows.
 */
export type IdSource = (name: string) => string | undefined;

export interface SampleOptions {
  ids: IdSource;
  /** Fill optional id fields too (to probe them), not only required fields. */
  optionalIds: boolean;
  where: string;
}

const isUuid = (s: Json): boolean => s.format === 'uuid';
const isUuidField = (s: unknown): boolean =>
  isObject(s) &&
  (isUuid(s) ||
    (s.type === 'array' && isObject(s.items) && isUuid(s.items)) ||
    (Array.isArray(s.anyOf) && s.anyOf.some((b) => isObject(b) && isUuid(b))));

function sampleString(s: Json, name: string, o: SampleOptions): string {
  if (s.format === 'uuid') {
    const id = o.ids(name.replace(/s$/, ''));
    if (!id) throw new Error(`${o.where}: no id known for the field "${name}"`);
    return id;
  }
  if (s.format === 'date') return '2022-04-04';
  if (s.format === 'date-time') return '2022-04-04T08:00:00.000Z';
  if (s.format === 'email') return 'thu@example.vn';
  if (typeof s.pattern === 'string') {
    const v = PATTERN_SAMPLES[s.pattern];
    if (v === undefined)
      throw new Error(`${o.where}: no sample for pattern ${s.pattern} (${name})`);
    return v;
  }
  const min = num(s.minLength) ?? 1;
  const max = num(s.maxLength) ?? 100;
  return 'Dữ liệu thử an ninh'.padEnd(min, 'x').slice(0, Math.max(max, min));
}

/**
 * A value that passes the JSON schema of a request (required fields, plus optional ids when
 * asked); ids come from `o.ids` by field name so requests hit real objects.
 */
export function sample(schema: unknown, name: string, o: SampleOptions): unknown {
  if (!isObject(schema)) return null;
  if ('const' in schema) return schema.const;
  const options = strings(schema.enum);
  if (options.length) return options[0];
  if (Array.isArray(schema.anyOf)) {
    const branches = schema.anyOf.filter(isObject);
    const nonNull = branches.find((b) => b.type !== 'null');
    const nullable = branches.some((b) => b.type === 'null');
    // A nullable id is filled only when its kind is known; otherwise null is the safe answer.
    if (nullable && nonNull && isUuid(nonNull) && !o.ids(name)) return null;
    return sample(nonNull ?? branches[0], name, o);
  }
  switch (schema.type) {
    case 'object': {
      const props = isObject(schema.properties) ? schema.properties : {};
      const required = new Set(strings(schema.required));
      const out: Json = {};
      for (const [key, prop] of Object.entries(props)) {
        const idWanted = o.optionalIds && isUuidField(prop) && o.ids(key.replace(/s$/, ''));
        if (required.has(key) || idWanted) out[key] = sample(prop, key, o);
      }
      return out;
    }
    case 'array': {
      const min = num(schema.minItems) ?? 0;
      const wanted = min > 0 || (o.optionalIds && isUuidField(schema)) ? Math.max(min, 1) : 0;
      return Array.from({ length: wanted }, () => sample(schema.items, name, o));
    }
    case 'string':
      return sampleString(schema, name, o);
    case 'integer':
    case 'number': {
      if (name === 'year') return 2022;
      const min = num(schema.minimum);
      const max = num(schema.maximum);
      const v = min !== undefined && min > 1 ? min : 1;
      return max !== undefined && v > max ? max : v;
    }
    case 'boolean':
      return false;
    default:
      return null;
  }
}

/** The required query of a route (and its id filters when `optionalIds`), as strings. */
export function sampleQuery(r: ApiRoute, o: SampleOptions): Record<string, string> {
  const out: Record<string, string> = {};
  for (const q of r.query) {
    if (!q.required && !(o.optionalIds && isUuidField(q.schema) && o.ids(q.name))) continue;
    out[q.name] = String(sample(q.schema, q.name, { ...o, where: `${o.where} ?${q.name}` }));
  }
  return out;
}

/** Whether any id is among the inputs of a route: path, query or body. */
export const hasIdInput = (r: ApiRoute): boolean =>
  r.pathParams.length > 0 ||
  r.query.some((q) => isUuidField(q.schema)) ||
  (isObject(r.body) && JSON.stringify(r.body).includes('"format":"uuid"'));

export const randomId = (): string => randomUUID();

/** The names of a form's file parts (binary strings), required ones first. */
export function formFiles(form: unknown): { required: string[]; optional: string[] } {
  const props = isObject(form) && isObject(form.properties) ? form.properties : {};
  const required = new Set(isObject(form) ? strings(form.required) : []);
  const files = Object.keys(props).filter((k) => {
    const p = props[k];
    return isObject(p) && p.format === 'binary';
  });
  return {
    required: files.filter((k) => required.has(k)),
    optional: files.filter((k) => !required.has(k)),
  };
}

/**
 * The text fields of a route's upload form as the schema walk samples them (required ones, as
 * strings), with `size` the length of the file that will be sent with them.
 */
export function sampleFormFields(
  r: ApiRoute,
  o: SampleOptions,
  fileBytes: number,
): Record<string, string> {
  const fields = sample(r.form, 'body', o);
  if (!isObject(fields)) throw new Error(`${r.key}: no form`);
  const { required, optional } = formFiles(r.form);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields))
    if (!required.includes(k) && !optional.includes(k)) out[k] = String(v);
  const props = isObject(r.form) && isObject(r.form.properties) ? r.form.properties : {};
  if ('size' in props) out.size = String(fileBytes);
  return out;
}
