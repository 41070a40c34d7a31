/**
 * The fields of a request's JSON schema, as the OpenAPI document states them, down to every
 * string and number (inside objects, array items, nullable branches and records), so a test can
 * put a hostile value in each one in turn.
 */
export interface Leaf {
  /** Keys from the root: property names, `0` for an array's item, `k` for a record's entry. */
  path: string[];
  kind: 'string' | 'number' | 'recordKey';
  schema: Record<string, unknown>;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every string and number field of `schema`, and every record whose keys are free strings. */
export function leaves(schema: unknown, path: string[] = []): Leaf[] {
  if (!isObject(schema)) return [];
  if (Array.isArray(schema.anyOf)) return schema.anyOf.flatMap((branch) => leaves(branch, path));
  switch (schema.type) {
    case 'object': {
      const props = isObject(schema.properties) ? schema.properties : {};
      const out = Object.entries(props).flatMap(([key, prop]) => leaves(prop, [...path, key]));
      if (isObject(schema.additionalProperties))
        out.push(
          { path, kind: 'recordKey', schema: schema.additionalProperties },
          ...leaves(schema.additionalProperties, [...path, 'k']),
        );
      return out;
    }
    case 'array':
      return leaves(schema.items, [...path, '0']);
    case 'string':
      return [{ path, kind: 'string', schema }];
    case 'integer':
    case 'number':
      return [{ path, kind: 'number', schema }];
    default:
      return [];
  }
}

/** A copy of `base` with `value` at `path`, creating the objects and arrays on the way. */
export function withValue(base: unknown, path: string[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (head === '0') {
    const items: unknown[] = Array.isArray(base) ? [...base] : [];
    items[0] = withValue(items[0], rest, value);
    return items;
  }
  const obj: Json = isObject(base) ? { ...base } : {};
  obj[head] = withValue(obj[head], rest, value);
  return obj;
}

/** A copy of `base` with an extra key `key` (holding `value`) in the object at `path`. */
export function withKey(base: unknown, path: string[], key: string, value: unknown): unknown {
  const target = path.reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), base);
  return withValue(base, path, { ...(isObject(target) ? target : {}), [key]: value });
}
