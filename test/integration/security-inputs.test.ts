import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_FAILED_LOGINS } from '../../src/domain/accounts/user';
import { LARGER_LIMITS, MiB, isProblem, methodOf, pathOf, problemOf } from '../support/api-probe';
import { apiRoutes, formFiles, sampleFormFields, type ApiRoute } from '../support/api-routes';
import { fingerprint } from '../support/db-state';
import { buildUnit, buildUser } from '../support/factories';
import { buildSecurityWorld, idSource, type SecurityWorld } from '../support/security-world';
import { buildTestApp, type TestApp } from '../support/test-app';
import { formBody } from '../support/upload-form';
import {
  DISGUISED,
  FORMS_KEPT,
  FORMS_READ,
  HTML,
  JPEG_WITH_HTML,
  keptUploads,
  RENDERED_FILE_ROUTES,
  STORED_FILE_ROUTES,
  unsafeServing,
} from '../support/upload-probe';

// The inputs half of the security pass (issue "National scale, load and faults", point 5):
// oversized and malformed bodies on every route, uploaded pages, and password guessing.
// The access half (sessions, roles, other units' ids, CSRF) is security.test.ts.

let t: TestApp;
let w: SecurityWorld;
let routes: ApiRoute[];

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildSecurityWorld(t);
  routes = apiRoutes(t.app);
});
afterAll(async () => t.close());

const state = () => fingerprint(t.database, ['sessions']);

describe('5. oversized and malformed bodies', () => {
  const bodied = () => routes.filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method));
  const post = (r: ApiRoute, type: string, payload: string, extra: Record<string, string> = {}) =>
    t.app.inject({
      method: methodOf(r),
      url: pathOf(r, w.wardIds),
      headers: {
        cookie: w.cookies.admin,
        // A device route refuses a request without its station's token before reading the body.
        ...(r.device ? { authorization: `Bearer ${w.device.token}` } : {}),
        'content-type': type,
        ...extra,
      },
      payload,
    });

  test('a body over the limit is a 413 problem, whether its length is announced or streamed', async () => {
    const before = await state();
    const wrong: string[] = [];
    const big = JSON.stringify({ text: 'x'.repeat(MiB) });
    for (const r of bodied()) {
      const limit = LARGER_LIMITS[r.key] ?? MiB;
      // Announced: refused from the Content-Length alone, before a byte is read.
      const length = { 'content-length': String(limit + 1) };
      const announced = await post(r, 'application/json', '{}', length);
      if (!isProblem(announced, 413)) wrong.push(`${r.key} announced → ${announced.statusCode}`);
      if (limit > MiB) continue;
      for (const type of ['application/json', 'application/octet-stream']) {
        const res = await post(r, type, big);
        // A type the route does not take at all may be refused as such instead.
        const unsupported =
          isProblem(res, 400) && /Kiểu nội dung/.test(problemOf(res).detail ?? '');
        if (!isProblem(res, 413) && !unsupported)
          wrong.push(`${r.key} ${type} → ${res.statusCode}`);
        else if (res.statusCode === 413)
          expect(problemOf(res).title).toBe('Dữ liệu gửi lên quá lớn');
      }
    }
    expect(wrong).toEqual([]);
    expect(bodied().length).toBeGreaterThan(50);
    expect(await state()).toEqual(before);
  });

  test('malformed JSON is a 400 problem that says so in Vietnamese, and nothing is written', async () => {
    const before = await state();
    const wrong: string[] = [];
    for (const r of bodied()) {
      const res = await post(r, 'application/json', '{"unitId": "');
      const p = problemOf(res);
      if (
        !isProblem(res, 400) ||
        p.title !== 'Dữ liệu không hợp lệ' ||
        p.detail !== 'Nội dung gửi lên không phải JSON hợp lệ.'
      )
        wrong.push(`${r.key} → ${res.statusCode} ${res.body.slice(0, 120)}`);
    }
    expect(wrong).toEqual([]);
    expect(await state()).toEqual(before);
  });
});

test('6. the account locks after MAX_FAILED_LOGINS wrong passwords, and the address is then limited', async () => {
  const max = MAX_FAILED_LOGINS + 3;
  const limited = await buildTestApp({ loginRateLimit: { max, timeWindow: 60_000 } });
  try {
    const unit = await buildUnit(limited.deps, { name: 'Phường Thử Mật Khẩu' });
    await buildUser(limited.deps, unit, { username: 'doan.mat.khau', password: 'mat-khau-dung-1' });
    const login = (password: string, username = 'doan.mat.khau') =>
      limited.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password },
      });
    const codes: number[] = [];
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) codes.push((await login(`sai-${i}`)).statusCode);
    expect(codes).toEqual(Array<number>(MAX_FAILED_LOGINS).fill(401));

    // Locked: the right password is refused, with the answer an unknown user gets.
    const right = await login('mat-khau-dung-1');
    expect(right.statusCode).toBe(401);
    expect(problemOf(right).code).toBe('invalid_credentials');
    expect(problemOf(right).detail).toMatch(/tạm khóa/);
    expect(right.cookies.find((c) => c.name === 'loa_session')).toBeUndefined();

    // The address has used up its attempts: another account is not even tried.
    const rest: number[] = [];
    for (let i = 0; i < 4; i++) rest.push((await login('x', 'nguoi.khac')).statusCode);
    expect(rest).toEqual([401, 401, 429, 429]);
    const refused = await login('mat-khau-dung-1');
    expect(refused.statusCode).toBe(429);
    expect(problemOf(refused)).toMatchObject({ code: 'rate_limited', title: 'Quá nhiều yêu cầu' });

    // A client on the internet cannot reset its count by naming another address in
    // X-Forwarded-For: only the configured proxies (loopback by default) are believed.
    const spoofed: number[] = [];
    for (let i = 0; i < max + 1; i++)
      spoofed.push(
        (
          await limited.app.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            remoteAddress: '203.0.113.7',
            headers: { 'x-forwarded-for': `198.51.100.${i}` },
            payload: { username: 'nguoi.khac', password: 'x' },
          })
        ).statusCode,
      );
    expect(spoofed.at(-1)).toBe(429);
  } finally {
    await limited.close();
  }
});

describe('7. uploaded files are never run or shown as a page', () => {
  test('every route that serves a file or takes one is known to this test', async () => {
    const known = (k: string) => STORED_FILE_ROUTES.has(k) || RENDERED_FILE_ROUTES.has(k);
    expect(routes.filter((r) => r.servesFile && !known(r.key)).map((r) => r.key)).toEqual([]);
    // Every file travels in an upload form, which the document describes: each is known here.
    const forms = routes.filter((r) => r.form).map((r) => r.key);
    expect(forms.sort()).toEqual([...FORMS_KEPT, ...FORMS_READ].sort());
    const kept = keptUploads(t.app, w).map((u) => u.key);
    expect(kept.sort()).toEqual([...FORMS_KEPT].sort());
  });

  test('HTML and SVG, however named, are refused with a clear problem or served inert', async () => {
    const wrong: string[] = [];
    let refused = 0;
    let served = 0;
    for (const u of keptUploads(t.app, w))
      for (const d of DISGUISED) {
        const put = await u.put(d.name, d.bytes);
        const where = `${u.key} ${d.name} (${d.bytes.subarray(0, 6).toString('latin1')}…)`;
        if (put.statusCode >= 400) {
          refused++;
          const p = problemOf(put);
          // Clear: a validation problem whose detail is a Vietnamese sentence.
          if (!isProblem(put, 400) || p.code !== 'validation' || !/[ệếảạ]/.test(p.detail ?? ''))
            wrong.push(`${where} refused unclearly: ${put.statusCode} ${put.body.slice(0, 100)}`);
          continue;
        }
        served++;
        const why = unsafeServing(await u.get());
        if (why) wrong.push(`${where} ${why}`);
      }
    expect(wrong).toEqual([]);
    // Plain HTML and SVG never pass a check by content; the polyglots test the serving side.
    expect(refused).toBeGreaterThanOrEqual(12);
    expect(served).toBeGreaterThanOrEqual(5);
  });

  test('a station fetching its audio and the portal showing a candidate get inert files too', async () => {
    const device = await t.app.inject({
      url: `/api/v1/device/content/${w.device.audioId}/file`,
      headers: { authorization: `Bearer ${w.device.token}` },
    });
    expect(unsafeServing(device)).toBeNull();
    expect(device.headers['content-type']).toBe('audio/wav');

    // A published candidate's photo is public: upload a JPEG with a page behind it, fetch it.
    const id = w.publishedCandidateId;
    const form = await formBody({ photo: { name: 'anh.jpg', bytes: JPEG_WITH_HTML } });
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/candidates/${id}/photo`,
      headers: { cookie: w.cookies.officer, ...form.headers },
      payload: form.payload,
    });
    expect(put.statusCode).toBe(200);
    const portal = await t.app.inject({ url: `/anh/${id}` });
    expect(portal.headers['content-type']).toBe('image/jpeg');
    expect(unsafeServing(portal)).toBeNull();
  });

  test('documents that are only read (imports) answer JSON, never the page they contain', async () => {
    const wrong: string[] = [];
    for (const key of FORMS_READ) {
      const r = routes.find((x) => x.key === key);
      if (!r) throw new Error(`${key} is gone`);
      const o = { ids: idSource(w.wardIds), optionalIds: false, where: key };
      const page = { name: 'trang.html', bytes: Buffer.from(HTML) };
      const form = await formBody({
        ...sampleFormFields(r, o, page.bytes.length),
        ...Object.fromEntries(formFiles(r.form).required.map((k) => [k, page])),
      });
      const res = await t.app.inject({
        method: methodOf(r),
        url: pathOf(r, w.wardIds),
        headers: { cookie: w.cookies.officer, ...form.headers },
        payload: form.payload,
      });
      const type = String(res.headers['content-type']);
      if (!/^application\/(problem\+)?json/.test(type) || res.statusCode >= 500)
        wrong.push(`${key} → ${res.statusCode} ${type}`);
    }
    expect(wrong).toEqual([]);
  });
});
