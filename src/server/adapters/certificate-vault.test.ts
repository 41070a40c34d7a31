import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { certificateVault } from './certificate-vault';

describe('certificateVault', () => {
  const p12 = randomBytes(2000);
  const key = randomBytes(32);

  it('gives back the file and its password it sealed, and keeps neither in the clear', () => {
    const vault = certificateVault(key);
    const sealed = vault.seal(p12, 'Mật-khẩu 2022');
    expect(sealed.includes(p12.subarray(0, 32))).toBe(false);
    expect(sealed.toString('latin1')).not.toContain('2022');
    expect(vault.open(sealed)).toEqual({ p12, password: 'Mật-khẩu 2022' });
  });

  it('refuses what was changed, or sealed under another key', () => {
    const sealed = certificateVault(key).seal(p12, 'pw');
    const changed = Buffer.from(sealed);
    changed[40] = (changed[40] ?? 0) ^ 1;
    expect(() => certificateVault(key).open(changed)).toThrow();
    expect(() => certificateVault(randomBytes(32)).open(sealed)).toThrow();
  });

  it('keeps nothing without a key, and says which setting is missing', () => {
    expect(() => certificateVault(null).seal(p12, 'pw')).toThrow(/LOA_CERTIFICATE_KEY/);
  });
});
