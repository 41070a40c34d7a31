import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sampleSealPng, sampleSignaturePng } from './stamp-images';

/** Reads back the PNGs this folder writes: 8-bit RGBA, one IDAT, filter 0 on every row. */
function decode(png: Buffer) {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(png[25]).toBe(6); // colour type RGBA: the background can be transparent
  const idat = png.indexOf('IDAT');
  const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
  const pixel = (x: number, y: number) => {
    const at = y * (width * 4 + 1) + 1 + x * 4;
    return [...raw.subarray(at, at + 4)];
  };
  return { width, height, pixel };
}

describe('sample stamp images', () => {
  it('draws a red seal with a star in the middle on a transparent background', () => {
    const seal = decode(sampleSealPng(120));
    expect([seal.width, seal.height]).toEqual([120, 120]);
    expect(seal.pixel(0, 0)[3]).toBe(0);
    expect(seal.pixel(60, 60)).toEqual([0xdd, 0, 0, 255]);
    // The outer ring on the left edge, and the gap between the rings transparent.
    expect(seal.pixel(2, 60)).toEqual([0xdd, 0, 0, 255]);
    expect(seal.pixel(10, 60)[3]).toBe(0);
  });

  it('draws a dark-blue signature that leaves most of the image transparent', () => {
    const signature = decode(sampleSignaturePng(180, 70));
    let ink = 0;
    for (let y = 0; y < 70; y++) {
      for (let x = 0; x < 180; x++) {
        const [r = 0, g = 0, b = 0, a = 0] = signature.pixel(x, y);
        if (a === 0) continue;
        expect(b).toBeGreaterThan(r + g);
        ink++;
      }
    }
    expect(ink).toBeGreaterThan(180 * 70 * 0.05);
    expect(ink).toBeLessThan(180 * 70 * 0.5);
  });
});
