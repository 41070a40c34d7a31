import { describe, expect, it } from 'vitest';
import { PAGE, TEXT_WIDTH, cmToTwip, mmToTwip, ptToHalfPoints } from './docx-units';

describe('units', () => {
  it('rounds millimetres to the twips Word writes', () => {
    expect([mmToTwip(20), mmToTwip(30), mmToTwip(15)]).toEqual([1134, 1701, 850]);
    expect([PAGE.width, PAGE.height]).toEqual([11906, 16838]);
    expect(cmToTwip(1.27)).toBe(720);
    expect(TEXT_WIDTH).toBe(11906 - 1701 - 850);
  });

  it('sizes fonts in half-points', () => {
    expect([13, 14, 12, 11].map(ptToHalfPoints)).toEqual([26, 28, 24, 22]);
  });
});
