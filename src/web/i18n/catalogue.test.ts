import { describe, expect, it } from 'vitest';
import { en } from './en';
import { loadLocale, translate } from './i18n';
import { vi } from './vi';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('message catalogues', () => {
  it('have the same keys, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, text] of [...Object.entries(vi), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(vi)) {
      expect(placeholders(en[key as keyof typeof vi]), key).toEqual(placeholders(text));
    }
  });

  it('fills placeholders and keeps unknown ones visible', async () => {
    await loadLocale('en');
    expect(translate('vi')('units.searchEmpty', { q: 'ka long' })).toBe(
      'Không tìm thấy đơn vị nào khớp với “ka long” trong phạm vi đơn vị của bạn.',
    );
    expect(translate('en')('import.done')).toBe('{created} units imported.');
  });

  it('writes Vietnamese in precomposed Unicode (NFC), as the server compares it', () => {
    for (const [key, text] of Object.entries(vi)) expect(text, key).toBe(text.normalize('NFC'));
  });
});
