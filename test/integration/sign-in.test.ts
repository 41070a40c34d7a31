import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PasswordHasher } from '../../src/domain/accounts/accounts.port';
import { MAX_FAILED_LOGINS } from '../../src/domain/accounts/user';
import { query } from '../support/db-state';
import { buildUnit, buildUser } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// Sign-in under attack: parallel guessing, telling locked accounts from unknown ones, and
// passwords an attacker would try first.

let t: TestApp;
let adminName = '';
let realHasher: PasswordHasher;
/** How many times each hash was verified: the count a guesser actually gets checked. */
const verified = new Map<string, number>();

beforeAll(async () => {
  t = await buildTestApp();
  const province = await buildUnit(t.deps, { name: 'Tỉnh thử' });
  adminName = (await buildUser(t.deps, province, { role: 'admin', username: 'quantri.tinh' }))
    .username;
  realHasher = t.deps.hasher;
  // Observes the real argon2 adapter; nothing is replaced.
  t.deps.hasher = {
    hash: (p) => realHasher.hash(p),
    verify: (h, p) => {
      verified.set(h, (verified.get(h) ?? 0) + 1);
      return realHasher.verify(h, p);
    },
  };
});
afterAll(async () => t.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
const totalVerified = () => [...verified.values()].reduce((a, b) => a + b, 0);
/** The answer without what differs between any two requests (request id). */
const answer = (res: LightMyRequestResponse) => ({
  status: res.statusCode,
  type: res.headers['content-type'],
  body: res.body.replace(/"requestId":"[^"]*"/, ''),
});

async function freshUser(username: string) {
  const unit = await buildUnit(t.deps, { name: `Phường ${username}` });
  return buildUser(t.deps, unit, { username, password: 'mat-khau-dung-1' });
}

describe('guessing', () => {
  test('30 parallel wrong passwords: exactly MAX_FAILED_LOGINS are checked, then the account is locked', async () => {
    const user = await freshUser('doan.song.song');
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => login('doan.song.song', `sai-mat-khau-${i}`)),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array<number>(30).fill(401));
    expect(verified.get(user.passwordHash)).toBe(MAX_FAILED_LOGINS);
    // Locked: the right password is refused too, without being checked.
    expect((await login('doan.song.song', 'mat-khau-dung-1')).statusCode).toBe(401);
    expect(verified.get(user.passwordHash)).toBe(MAX_FAILED_LOGINS);
    const locks = await query(
      t.database,
      `select count(*)::int as n from audit_log where entity_id = '${user.id}' and changes::text like '%locked%'`,
    );
    expect(locks[0]?.n).toBe(1);
  });

  test('a right password before the limit clears the count', async () => {
    const user = await freshUser('doan.quen.mat');
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++)
      expect((await login('doan.quen.mat', `sai-${i}`)).statusCode).toBe(401);
    expect((await login('doan.quen.mat', 'mat-khau-dung-1')).statusCode).toBe(200);
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++)
      expect((await login('doan.quen.mat', `sai-lai-${i}`)).statusCode).toBe(401);
    expect((await login('doan.quen.mat', 'mat-khau-dung-1')).statusCode).toBe(200);
    expect(user.active).toBe(true);
  });

  test('a locked account, an unknown one and a wrong password get the same answer after the same work', async () => {
    await freshUser('doan.bi.khoa');
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await login('doan.bi.khoa', `sai-${i}`);
    await freshUser('doan.sai.mot');
    const work = async (username: string) => {
      const before = totalVerified();
      const res = await login(username, 'mat-khau-dung-1-sai');
      return { ...answer(res), hashesChecked: totalVerified() - before };
    };
    const locked = await work('doan.bi.khoa');
    const unknown = await work('khong.co.ai');
    const wrong = await work('doan.sai.mot');
    expect(locked.status).toBe(401);
    // Each verifies exactly one argon2 hash, so none answers measurably sooner than the others.
    expect(locked.hashesChecked).toBe(1);
    expect(locked).toEqual(unknown);
    expect(wrong).toEqual(unknown);
  });
});

describe('password strength, wherever a password is set', () => {
  const WEAK: Array<[string, RegExp]> = [
    ['ngan-qua', /ít nhất 10 ký tự/],
    ['password123', /phổ biến/],
    ['qwertyuiop', /phổ biến|phím/],
    ['1234567890', /phổ biến|liên tiếp/],
    ['aaaaaaaaaaaa', /lặp lại/],
  ];
  const STRONG = 'trang-sen-mua-ha-2026';

  test.each(WEAK)(
    '"%s" is refused on create-user, reset and change-password',
    async (weak, why) => {
      const admin = await t.login(adminName);
      const me = (await t.app.inject({ url: '/api/v1/me', headers: { cookie: admin } })).json<{
        unit: { id: string };
      }>();
      const username = `moi.${weak.length}.${Math.abs(weak.charCodeAt(0) - 40)}`;
      const create = (password: string) =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/users',
          headers: { cookie: admin },
          payload: {
            unitId: me.unit.id,
            username,
            displayName: 'Cán bộ mới',
            role: 'officer',
            password,
          },
        });
      const refusedCreate = await create(weak);
      expect(refusedCreate.statusCode).toBe(400);
      expect(refusedCreate.json().errors[0]).toMatchObject({ path: 'password' });
      expect(refusedCreate.json().errors[0].message).toMatch(/^Mật khẩu /);
      expect(refusedCreate.json().errors[0].message).toMatch(why);

      const created = await create(STRONG);
      expect(created.statusCode).toBe(201);
      const reset = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${created.json<{ id: string }>().id}`,
        headers: { cookie: admin },
        payload: { password: weak },
      });
      expect(reset.statusCode).toBe(400);
      expect(reset.json().errors[0].message).toMatch(why);

      const own = await t.login(username, STRONG);
      const change = await t.app.inject({
        method: 'POST',
        url: '/api/v1/me/password',
        headers: { cookie: own },
        payload: { currentPassword: STRONG, newPassword: weak },
      });
      expect(change.statusCode).toBe(400);
      expect(change.json().errors[0]).toMatchObject({ path: 'newPassword' });
      expect(change.json().errors[0].message).toMatch(/^Mật khẩu mới /);
      expect(change.json().errors[0].message).toMatch(why);
      // None of the three took: the strong password still signs in.
      await expect(t.login(username, STRONG)).resolves.toContain('loa_session=');
    },
  );
});
