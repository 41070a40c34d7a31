import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/shared/domain-error';

/** Why a string cannot be stored, in the words a user sees. */
export const UNSTORABLE_TEXT =
  'Chứa ký tự không hợp lệ (ký tự NUL hoặc mã Unicode hỏng); hãy xóa ký tự đó rồi gửi lại.';

/**
 * PostgreSQL `text` and `jsonb` cannot hold NUL (U+0000): the statement fails, as a 500. A lone
 * UTF-16 surrogate has no UTF-8 form at all and would be stored as U+FFFD, silently changed.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorable = (s: string): boolean => s.includes('\0') || LONE_SURROGATE.test(s);

const label = (key: string): string => (unstorable(key) ? JSON.stringify(key).slice(1, -1) : key);

/**
 * Only records are walked: what JSON parsing makes, and the query and path parameters (whose
 * parsers build them on a prototype of their own that itself has none). A streamed upload's
 * body is a socket stream, whose object graph reaches the whole server and has cycles (walking
 * it exhausted the heap); a class instance's prototype chain is longer than one step.
 */
const isRecord = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
};

/**
 * The path (`body.tasks.0.text`) of the first string, or object key, in `value` that the database
 * could not store, or null. Walked with a stack, not recursion: a deeply nested JSON body must be
 * answered, not overflow the call stack.
 */
export function findUnstorableText(value: unknown, root: string): string | null {
  const stack: Array<[unknown, string]> = [[value, root]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [v, path] = next;
    if (typeof v === 'string') {
      if (unstorable(v)) return path;
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push([item, `${path}.${i}`]));
    } else if (isRecord(v)) {
      for (const [key, item] of Object.entries(v)) {
        if (unstorable(key)) return `${path}.${label(key)}`;
        stack.push([item, `${path}.${key}`]);
      }
    }
  }
  return null;
}

const PARTS = [
  ['params', (r: FastifyRequest) => r.params],
  ['querystring', (r: FastifyRequest) => r.query],
  ['body', (r: FastifyRequest) => r.body],
] as const;

/**
 * Refuses, for every route (API, device API and portal alike) and before any schema or handler
 * sees the request, a string the database cannot store: in the path, the query or a JSON body,
 * values and keys alike. One check here instead of one per field means a new field or route is
 * covered without anyone remembering to.
 */
export function registerStorableText(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [where, read] of PARTS) {
      const path = findUnstorableText(read(request), where);
      if (path)
        throw new DomainError('validation', `${path}: ${UNSTORABLE_TEXT}`, {
          issues: [{ path, message: UNSTORABLE_TEXT }],
        });
    }
  });
}
