import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { INT32_MAX, INT32_MIN } from '../../src/contracts/common';
import { isProblem, methodOf } from '../support/api-probe';
import {
  apiRoutes,
  formFiles,
  sample,
  sampleFormFields,
  sampleQuery,
  urlOf,
  type ApiRoute,
} from '../support/api-routes';
import { csvCells, live } from '../support/csv-cells';
import { fingerprint } from '../support/db-state';
import { standalonePortal } from '../support/portal-routes';
import { leaves, withKey, withValue, type Leaf } from '../support/schema-leaves';
import {
  buildSecurityWorld,
  idSource,
  kindOfParam,
  PNG,
  type SecurityWorld,
} from '../support/security-world';
import { buildTestApp, type TestApp } from '../support/test-app';
import { formBody, type FormParts } from '../support/upload-form';

// Bad input is a 400, always (issue 12, point 7): every string the API accepts, in the path, the
// query or a JSON body, is refused with a problem naming it when it holds a character the
// database cannot store; every number is bounded by the schema and refused past its bound. The
// fields come from the app's own OpenAPI document, so a field added tomorrow is walked too.

let t: TestApp;
let w: SecurityWorld;
let routes: ApiRoute[];

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildSecurityWorld(t);
  routes = apiRoutes(t.app);
});
afterAll(async () => t.close());

/** NUL, which PostgreSQL text refuses. */
const NUL = 'Tiêu đề\u0000thử';
/** A lone surrogate, which UTF-8 cannot encode: only JSON can carry one (a URL sends U+FFFD). */
const HALF = 'Tiêu đề \ud800 thử';
/** Past an `integer` column either way, and past any date a year can name. */
const HUGE = [INT32_MAX + 1, INT32_MIN - 1, 99_999_999_999];
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

interface Request {
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
}

function base(r: ApiRoute): Request {
  const o = { ids: idSource(w.wardIds), optionalIds: false, where: r.key };
  const params = Object.fromEntries(
    r.pathParams.map((p) => [p, w.wardIds[kindOfParam(r, p)] ?? crypto.randomUUID()]),
  );
  return {
    params,
    query: sampleQuery(r, o),
    // An upload form's text fields; its files (a PNG each) are added as it is sent.
    body: r.form
      ? sampleFormFields(r, o, PNG.length)
      : r.body
        ? sample(r.body, 'body', o)
        : undefined,
  };
}

async function send(r: ApiRoute, q: Request): Promise<LightMyRequestResponse> {
  const who = r.device
    ? { authorization: `Bearer ${w.device.token}` }
    : { cookie: w.cookies.admin };
  if (r.form) {
    const png = { name: 'anh.png', bytes: PNG };
    const files = Object.fromEntries(formFiles(r.form).required.map((k) => [k, png]));
    const form = await formBody({ ...(q.body as FormParts), ...files });
    return t.app.inject({
      method: methodOf(r),
      url: urlOf(r, q.params, q.query),
      headers: { ...who, ...form.headers },
      payload: form.payload,
    });
  }
  return t.app.inject({
    method: methodOf(r),
    url: urlOf(r, q.params, q.query),
    headers: who,
    ...(q.body === undefined ? {} : { payload: q.body as object }),
  });
}

/** Empty when the answer is a 400 problem naming `path` in Vietnamese; else what is wrong. */
function refusal(res: LightMyRequestResponse, path: string): string {
  if (!isProblem(res, 400)) return `→ ${res.statusCode} ${res.body.slice(0, 160)}`;
  const errors = res.json<{ errors?: Array<{ path: string; message: string }> }>().errors ?? [];
  const named = errors.find((e) => e.path === path);
  if (!named) return `→ 400 without ${path}: ${JSON.stringify(errors).slice(0, 200)}`;
  return VIETNAMESE.test(named.message) ? '' : `→ message not Vietnamese: ${named.message}`;
}

// Hundreds of requests each, refused before the database: seconds here, given room on a busy machine.
const WALK_TIMEOUT_MS = 300_000;

const dotted = (where: string, path: string[]) => [where, ...path].join('.');
/** The leaves of a JSON body, or the text fields of an upload form (its files are not text). */
const bodyLeaves = (r: ApiRoute): Leaf[] => {
  if (!r.form) return leaves(r.body);
  const { required, optional } = formFiles(r.form);
  return leaves(r.form).filter((l) => ![...required, ...optional].includes(String(l.path[0])));
};

describe('7. bad input is a 400, always', () => {
  test(
    'a character the database cannot store is refused in every string of every route',
    async () => {
      const before = await fingerprint(t.database, ['sessions']);
      const wrong: string[] = [];
      let tried = 0;
      const check = async (r: ApiRoute, q: Request, path: string) => {
        tried++;
        const why = refusal(await send(r, q), path);
        if (why) wrong.push(`${r.key} ${JSON.stringify(path)} ${why}`);
      };
      for (const r of routes) {
        const b = base(r);
        for (const p of r.pathParams)
          await check(r, { ...b, params: { ...b.params, [p]: NUL } }, `params.${p}`);
        for (const q of r.query)
          await check(r, { ...b, query: { ...b.query, [q.name]: NUL } }, `querystring.${q.name}`);
        // A form is UTF-8 text: it cannot carry a lone surrogate (it arrives as U+FFFD).
        for (const value of r.form ? [NUL] : [NUL, HALF]) {
          for (const leaf of bodyLeaves(r)) {
            if (leaf.kind === 'string')
              await check(
                r,
                { ...b, body: withValue(b.body, leaf.path, value) },
                dotted('body', leaf.path),
              );
            if (leaf.kind === 'recordKey') {
              const body = withKey(
                b.body,
                leaf.path,
                value,
                sample(leaf.schema, 'k', {
                  ids: () => undefined,
                  optionalIds: false,
                  where: r.key,
                }),
              );
              await check(
                r,
                { ...b, body },
                dotted('body', [...leaf.path, JSON.stringify(value).slice(1, -1)]),
              );
            }
          }
        }
      }
      expect(wrong).toEqual([]);
      expect(tried).toBeGreaterThan(400);
      expect(await fingerprint(t.database, ['sessions'])).toEqual(before);
    },
    WALK_TIMEOUT_MS,
  );

  test(
    'every number the API accepts has bounds within an integer column, and past them is a 400',
    async () => {
      const unbounded: string[] = [];
      const wrong: string[] = [];
      let tried = 0;
      const bounded = (r: ApiRoute, where: string, schema: unknown) => {
        const s = schema as { minimum?: number; maximum?: number };
        const ok =
          typeof s.minimum === 'number' &&
          typeof s.maximum === 'number' &&
          s.minimum >= INT32_MIN &&
          s.maximum <= INT32_MAX;
        if (!ok) unbounded.push(`${r.key} ${where}: ${JSON.stringify(schema)}`);
      };
      for (const r of routes) {
        const b = base(r);
        for (const q of r.query) {
          const numbers = leaves(q.schema).filter((l) => l.kind === 'number');
          for (const leaf of numbers) bounded(r, `?${q.name}`, leaf.schema);
          if (!numbers.length) continue;
          for (const n of HUGE) {
            tried++;
            const res = await send(r, { ...b, query: { ...b.query, [q.name]: String(n) } });
            const why = refusal(res, `querystring.${q.name}`);
            if (why) wrong.push(`${r.key} ?${q.name}=${n} ${why}`);
          }
        }
        for (const leaf of bodyLeaves(r).filter((l) => l.kind === 'number')) {
          const path = dotted('body', leaf.path);
          bounded(r, path, leaf.schema);
          for (const n of HUGE) {
            tried++;
            const res = await send(r, { ...b, body: withValue(b.body, leaf.path, n) });
            const why = refusal(res, path);
            if (why) wrong.push(`${r.key} ${path}=${n} ${why}`);
          }
        }
      }
      expect(unbounded).toEqual([]);
      expect(wrong).toEqual([]);
      expect(tried).toBeGreaterThan(40);
    },
    WALK_TIMEOUT_MS,
  );

  test('every CSV the API serves has no cell a spreadsheet would run as a formula', async () => {
    const csvRoutes = routes.filter((r) => r.method === 'GET' && r.path.endsWith('.csv'));
    const wrong: string[] = [];
    for (const r of csvRoutes) {
      const res = await send(r, base(r));
      if (res.statusCode !== 200 || !String(res.headers['content-type']).startsWith('text/csv'))
        wrong.push(`${r.key} → ${res.statusCode} ${String(res.headers['content-type'])}`);
      else wrong.push(...live(csvCells(res.body)).map((cell) => `${r.key}: ${cell}`));
    }
    expect(wrong).toEqual([]);
    expect(csvRoutes.length).toBeGreaterThanOrEqual(1);
  });

  test('the portal refuses NUL in every address and in its search, as a 400', async () => {
    const { app, paths } = await standalonePortal(t.deps);
    await app.close();
    const wrong: string[] = [];
    for (const path of paths) {
      const urls = [`${path.replace(/:\w+/g, 'x')}?q=a%00b`];
      if (path.includes(':')) urls.push(path.replace(/:\w+/g, 'a%00b'));
      for (const url of urls) {
        const res = await t.app.inject({ url, headers: { accept: 'text/html' } });
        if (!isProblem(res, 400)) wrong.push(`${url} → ${res.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(paths.length).toBeGreaterThanOrEqual(8);
  });
});
