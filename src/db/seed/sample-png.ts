import { encodeRgbaPng } from '../../documents/png-rgba';

/**
 * A small sample photo for demo evidence ("ảnh mẫu"): a notice sheet on a board, its colour
 * varied by `seed` so each sub-unit's photo differs. No real photo exists for the demo.
 */
export function samplePhotoPng(seed: number, width = 96, height = 64): Buffer {
  const hue = [
    [198, 40, 40],
    [21, 101, 192],
    [46, 125, 50],
    [239, 108, 0],
    [106, 27, 154],
    [0, 131, 143],
  ][seed % 6] ?? [120, 120, 120];
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sheet = x > 24 && x < 72 && y > 8 && y < 56;
      const line = sheet && y > 16 && y % 6 === 0 && x > 30 && x < 66;
      const rgb = line ? [60, 60, 60] : sheet ? [250, 250, 245] : hue;
      rgba.set([...rgb, 255], (y * width + x) * 4);
    }
  }
  return encodeRgbaPng(width, height, rgba);
}
