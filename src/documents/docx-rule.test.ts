import { describe, expect, it } from 'vitest';
import { boldTextWidth, lineWidthIn } from './docx-rule';
import { mmToTwip } from './docx-units';

describe('bold text width', () => {
  it('measures the Tiêu ngữ in 14 pt at about 6 cm, as printed', () => {
    const width = boldTextWidth('Độc lập - Tự do - Hạnh phúc', 14);
    expect(width).toBeGreaterThan(mmToTwip(58));
    expect(width).toBeLessThan(mmToTwip(63));
  });

  it('treats Vietnamese letters as their base letters', () => {
    expect(boldTextWidth('ỦY', 13)).toBe(boldTextWidth('UY', 13));
    expect(boldTextWidth('Đ', 13)).toBe(boldTextWidth('D', 13));
  });

  it('wraps words into the column and keeps given line breaks', () => {
    const column = mmToTwip(64);
    const wrapped = lineWidthIn('ỦY BAN NHÂN DÂN PHƯỜNG CẨM BÌNH', 13, column);
    expect(wrapped).toBeLessThan(column);
    expect(wrapped).toBe(
      Math.max(boldTextWidth('ỦY BAN NHÂN DÂN', 13), boldTextWidth('PHƯỜNG CẨM BÌNH', 13)),
    );
    expect(lineWidthIn('A\nBBBB', 13, column)).toBe(boldTextWidth('BBBB', 13));
  });
});
