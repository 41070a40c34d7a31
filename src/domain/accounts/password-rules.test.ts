import { describe, expect, test } from 'vitest';
import { DomainError } from '../shared/domain-error';
import { checkNewPassword } from './password-rules';

const refusal = (password: string, username = 'cambinh', field?: string): string | null => {
  try {
    checkNewPassword(password, username, field);
    return null;
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    expect(e.code).toBe('validation');
    return e.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  }
};

describe('checkNewPassword', () => {
  test.each([
    ['ngan-qua', /ít nhất 10 ký tự/],
    ['password1234', /phổ biến/],
    ['qwertyuiop', /phổ biến|phím/],
    ['abcdefghijkl', /phổ biến|liên tiếp/],
    ['zzzzzzzzzzzz', /lặp lại/],
    ['cambinh-2026-x', /tên đăng nhập/],
    ['x'.repeat(201), /tối đa 200/],
  ])('refuses "%s", naming the field and the reason', (password, why) => {
    const message = refusal(password);
    expect(message).toMatch(/^newPassword: Mật khẩu mới /);
    expect(message).toMatch(why);
  });

  test('names the field it was given', () => {
    expect(refusal('password1234', 'cambinh', 'password')).toMatch(/^password: Mật khẩu /);
  });

  test.each([
    'trang-sen-mua-ha-2026',
    'mat-khau-dai-du',
    'Loa-bau-cu-2026!',
    'ba con meo nho xinh',
  ])('accepts "%s"', (password) => expect(refusal(password)).toBeNull());
});
