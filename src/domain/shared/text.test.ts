import { describe, expect, test } from 'vitest';
import { cleanText, foldVietnamese, stripMarks } from './text';

describe('stripMarks', () => {
  test('takes every mark off and keeps the case, for widths and file names', () => {
    expect(stripMarks('ĐỒNG THÁP, Đồng Tháp: Ướt, đẫm')).toBe('DONG THAP, Dong Thap: Uot, dam');
    // A decomposed letter (as some keyboards type it) loses its marks the same way.
    expect(stripMarks('Nguye\u0302\u0303n')).toBe('Nguyen');
  });
});

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
