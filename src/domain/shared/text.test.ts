import { describe, expect, test } from 'vitest';
import { cleanText, foldVietnamese } from './text';

describe('foldVietnamese', () => {
  test('drops tones and marks so a search without diacritics matches', () => {
    expect(foldVietnamese('Phường Cẩm Bình')).toBe('phuong cam binh');
    expect(foldVietnamese('Ka Long')).toBe('ka long');
  });
  test('folds đ to d in both cases', () => {
    expect(foldVietnamese('Đảng ủy Đông Triều')).toBe('dang uy dong trieu');
  });
  test('treats decomposed (NFD) and composed input alike', () => {
    expect(foldVietnamese('Cẩm Bình'.normalize('NFD'))).toBe(foldVietnamese('Cẩm Bình'));
  });
});

describe('cleanText', () => {
  test('folds runs of white space and composes to NFC', () => {
    const out = cleanText('  Khu   phố\u00a01 '.normalize('NFD'));
    expect(out).toBe('Khu phố 1');
    expect(out).toBe(out.normalize('NFC'));
  });
});
