import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTree, type BuiltTree } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let tree: BuiltTree;
// Each test signs in as a different person, so a lock or a new password stays with its test.
let officer = '';
beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildTree(t.deps);
  officer = tree.users.commune.officer.username;
});
afterAll(async () => t.close());

const post = (url: string, payload: unknown, cookie?: string) =>
  t.app.inject({
    method: 'POST',
    url,
    payload: payload as object,
    headers: cookie ? { cookie } : {},
  });

describe('signing in', () => {
  test('an officer signs in, gets an httpOnly SameSite cookie, and /me names the user, role and unit', async () => {
    const res = await post('/api/v1/auth/login', { username: officer, password: 'demo1234' });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'loa_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const me = await t.app.inject({
      url: '/api/v1/me',
      headers: { cookie: `loa_session=${cookie?.value}` },
    });
    expect(me.json()).toMatchObject({
      username: officer,
      role: 'officer',
      unit: { name: tree.commune.name },
    });
  });

  test('a wrong password is a 401 problem with the same message as an unknown user', async () => {
    const wrong = await post('/api/v1/auth/login', { username: officer, password: 'nope-nope' });
    const unknown = await post('/api/v1/auth/login', {
      username: 'khongco',
      password: 'nope-nope',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
  });

  test('without a session the API answers 401', async () => {
    const res = await t.app.inject('/api/v1/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
  });

  test('five wrong passwords lock the account even against the right password, and the lock is audited', async () => {
    const target = tree.users.village.officer;
    for (let i = 0; i < 5; i++)
      expect(
        (await post('/api/v1/auth/login', { username: target.username, password: 'sai-mat-khau' }))
          .statusCode,
      ).toBe(401);
    const right = await post('/api/v1/auth/login', {
      username: target.username,
      password: 'demo1234',
    });
    expect(right.statusCode).toBe(401);
    expect(right.json().detail).toMatch(/tạm khóa/);
    const admin = await t.login(tree.users.province.admin.username);
    const audit = await t.app.inject({
      url: '/api/v1/audit?entity=user',
      headers: { cookie: admin },
    });
    expect(
      audit
        .json()
        .items.some(
          (e: { entityId: string; changes: { locked?: boolean } }) =>
            e.entityId === target.id && e.changes.locked === true,
        ),
    ).toBe(true);
  });

  test('logging out ends the session', async () => {
    const cookie = await t.login(tree.users.district.officer.username);
    expect((await post('/api/v1/auth/logout', {}, cookie)).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(401);
  });

  test('changing the password needs the current one, refuses a weak one, and closes other sessions', async () => {
    const username = tree.users.village.leader.username;
    const first = await t.login(username);
    const second = await t.login(username);
    const wrongCurrent = await post(
      '/api/v1/me/password',
      { currentPassword: 'x', newPassword: 'mat-khau-moi-2026' },
      first,
    );
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.json().errors[0].path).toBe('currentPassword');
    const weak = await post(
      '/api/v1/me/password',
      { currentPassword: 'demo1234', newPassword: 'short' },
      first,
    );
    expect(weak.json().errors[0].path).toBe('newPassword');
    const ok = await post(
      '/api/v1/me/password',
      { currentPassword: 'demo1234', newPassword: 'mat-khau-moi-2026' },
      first,
    );
    expect(ok.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: first } })).statusCode).toBe(
      200,
    );
    expect(
      (await t.app.inject({ url: '/api/v1/me', headers: { cookie: second } })).statusCode,
    ).toBe(401);
    await expect(t.login(username, 'demo1234')).rejects.toThrow();
    await expect(t.login(username, 'mat-khau-moi-2026')).resolves.toContain('loa_session=');
  });
});

describe('bad input', () => {
  test('malformed JSON is a 400 problem', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  test('wrong types and unknown fields are 400 problems naming the field', async () => {
    const wrongType = await post('/api/v1/auth/login', { username: 42, password: 'demo1234' });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().errors[0].path).toBe('body.username');
    const unknown = await post('/api/v1/auth/login', {
      username: officer,
      password: 'demo1234',
      admin: true,
    });
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json().errors)).toContain('admin');
  });

  test('an oversized body is a 413 problem', async () => {
    const res = await post('/api/v1/auth/login', {
      username: 'x'.repeat(2 * 1024 * 1024),
      password: 'y',
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('payload_too_large');
  });

  test('a cross-site write is refused even with a valid session', async () => {
    const cookie = await t.login(tree.users.province.admin.username);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read',
      payload: {},
      headers: { cookie, origin: 'https://evil.example', host: 'loa.local' },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('rate limit', () => {
  test('too many logins from one address are answered 429', async () => {
    const limited = await buildTestApp({ loginRateLimit: { max: 3, timeWindow: 60_000 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        codes.push(
          (
            await limited.app.inject({
              method: 'POST',
              url: '/api/v1/auth/login',
              payload: { username: 'a', password: 'b' },
            })
          ).statusCode,
        );
      }
      expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
      expect(codes.slice(3)).toEqual([429, 429]);
    } finally {
      await limited.close();
    }
  });
});
