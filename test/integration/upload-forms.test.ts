import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isProblem, methodOf, problemOf } from '../support/api-probe';
import {
  apiRoutes,
  formFiles,
  randomId,
  sampleFormFields,
  urlOf,
  type ApiRoute,
} from '../support/api-routes';
import { fingerprint } from '../support/db-state';
import { buildUnit, buildUser } from '../support/factories';
import { PNG } from '../support/security-world';
import { buildTestApp, type TestApp } from '../support/test-app';
import { formBody, type FormParts } from '../support/upload-form';

// Files reach the API one way: an upload form (multipart/form-data), each file under the cap its
// form declares. The forms come from the app's own OpenAPI document, so an upload route added
// tomorrow is walked too, and a file carried any other way (base64 in JSON, a raw body) fails.

let t: TestApp;
let cookie = '';
let routes: ApiRoute[];
let forms: ApiRoute[];

beforeAll(async () => {
  t = await buildTestApp();
  const unit = await buildUnit(t.deps, { name: 'Phường Thử Tải Tệp' });
  await buildUser(t.deps, unit, { username: 'can.bo.tai.tep', role: 'admin' });
  cookie = await t.login('can.bo.tai.tep');
  routes = apiRoutes(t.app);
  forms = routes.filter((r) => r.form);
});
afterAll(async () => t.close());

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const PNG_FILE = { name: 'anh.png', bytes: PNG };

/** The route's address with fresh ids: a form is read before anything is looked up. */
const urlFor = (r: ApiRoute) =>
  urlOf(r, Object.fromEntries(r.pathParams.map((p) => [p, randomId()])));

const textFields = (r: ApiRoute, fileBytes: number) =>
  sampleFormFields(r, { ids: () => randomId(), optionalIds: false, where: r.key }, fileBytes);

async function sendForm(r: ApiRoute, parts: FormParts) {
  const form = await formBody(parts);
  return t.app.inject({
    method: methodOf(r),
    url: urlFor(r),
    headers: { cookie, ...form.headers },
    payload: form.payload,
  });
}

/** Empty when the answer is a problem of `status` naming `path` in Vietnamese. */
function named(res: Awaited<ReturnType<typeof sendForm>>, status: number, path: string): string {
  if (!isProblem(res, status)) return `→ ${res.statusCode} ${res.body.slice(0, 160)}`;
  const p = res.json<{ detail?: string; errors?: Array<{ path: string; message: string }> }>();
  if (!(p.errors ?? []).some((e) => e.path === path))
    return `→ ${status} without ${path}: ${JSON.stringify(p.errors)}`;
  return VIETNAMESE.test(p.detail ?? '') ? '' : `→ detail not Vietnamese: ${p.detail ?? ''}`;
}

describe('uploads, one way', () => {
  test('no JSON body carries a file, and no route takes a raw body', async () => {
    expect(forms.length).toBeGreaterThanOrEqual(12);
    const inJson = routes.filter((r) => /base64|"format":"binary"/i.test(JSON.stringify(r.body)));
    expect(inJson.map((r) => r.key)).toEqual([]);
    const wrong: string[] = [];
    for (const r of routes.filter((x) => ['POST', 'PUT', 'PATCH'].includes(x.method))) {
      const res = await t.app.inject({
        method: methodOf(r),
        url: urlFor(r),
        headers: { cookie, 'content-type': 'application/octet-stream' },
        payload: PNG,
      });
      if (res.statusCode < 400 || res.statusCode >= 500) wrong.push(`${r.key} → ${res.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  test('every upload form refuses JSON, a missing file and a file where none belongs, naming the field', async () => {
    const before = await fingerprint(t.database, ['sessions']);
    const wrong: string[] = [];
    for (const r of forms) {
      const { required, optional } = formFiles(r.form);
      const fields = textFields(r, PNG.length);
      const json = await t.app.inject({
        method: methodOf(r),
        url: urlFor(r),
        headers: { cookie },
        payload: { ...fields, file: PNG.toString('base64') },
      });
      const why = named(json, 400, 'body');
      if (why) wrong.push(`${r.key} as JSON ${why}`);
      for (const file of required) {
        const others = Object.fromEntries(
          required.filter((k) => k !== file).map((k) => [k, PNG_FILE]),
        );
        const missing = named(await sendForm(r, { ...fields, ...others }), 400, `body.${file}`);
        if (missing) wrong.push(`${r.key} without ${file} ${missing}`);
      }
      const all = Object.fromEntries([...required, ...optional].map((k) => [k, PNG_FILE]));
      // The stray file comes first: a streamed file is passed on as soon as it arrives.
      const stray = await sendForm(r, { ...fields, ghiChu: PNG_FILE, ...all });
      const strayWhy = named(stray, 400, 'body.ghiChu');
      if (strayWhy) wrong.push(`${r.key} with a stray file ${strayWhy}`);
    }
    expect(wrong).toEqual([]);
    expect(await fingerprint(t.database, ['sessions'])).toEqual(before);
  });

  test('every file of every form is held to its declared cap: one byte over is a 413 naming it', async () => {
    const before = await fingerprint(t.database, ['sessions']);
    const wrong: string[] = [];
    let tried = 0;
    for (const r of forms) {
      const { required, optional } = formFiles(r.form);
      const props = (r.form as { properties: Record<string, { maxLength?: number }> }).properties;
      for (const file of [...required, ...optional]) {
        const cap = props[file]?.maxLength;
        if (cap === undefined) {
          wrong.push(`${r.key} ${file}: no cap declared`);
          continue;
        }
        tried++;
        const over = { name: 'lon.bin', bytes: Buffer.alloc(cap + 1, 7) };
        const others = Object.fromEntries(
          required.filter((k) => k !== file).map((k) => [k, PNG_FILE]),
        );
        const res = await sendForm(r, { ...textFields(r, cap + 1), ...others, [file]: over });
        const why = named(res, 413, `body.${file}`);
        if (why) wrong.push(`${r.key} ${file} of ${cap + 1} bytes ${why}`);
        else expect(problemOf(res).title).toBe('Dữ liệu gửi lên quá lớn');
      }
    }
    expect(wrong).toEqual([]);
    expect(tried).toBeGreaterThanOrEqual(forms.length);
    expect(await fingerprint(t.database, ['sessions'])).toEqual(before);
  }, 300_000);
});
