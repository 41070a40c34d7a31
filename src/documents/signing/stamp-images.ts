import { encodeRgbaPng } from '../png-rgba';

// SAMPLE images for the demo and tests only ("ảnh mẫu"): a made-up seal and a made-up
// handwritten signature. A real unit uploads scans of its own seal and its head's signature.

type Rgb = readonly [number, number, number];

const SEAL_RED: Rgb = [0xdd, 0x00, 0x00];
const INK_BLUE: Rgb = [0x12, 0x2a, 0x80];

/** Each pixel is split into SUPER×SUPER samples, so edges come out smooth instead of jagged. */
const SUPER = 3;

/** A coverage mask drawn at SUPER times the image's resolution, then averaged into alpha. */
class Mask {
  readonly cells: Uint8Array;
  readonly columns: number;
  readonly rows: number;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.columns = width * SUPER;
    this.rows = height * SUPER;
    this.cells = new Uint8Array(this.columns * this.rows);
  }

  /** Marks every sample whose centre, in image pixels, satisfies `inside`. */
  fill(inside: (x: number, y: number) => boolean): void {
    for (let row = 0; row < this.rows; row++) {
      for (let column = 0; column < this.columns; column++) {
        if (inside((column + 0.5) / SUPER, (row + 0.5) / SUPER)) {
          this.cells[row * this.columns + column] = 1;
        }
      }
    }
  }

  /** Marks a round pen tip of radius r (image pixels) centred at (x, y). */
  disc(x: number, y: number, r: number): void {
    const r2 = (r * SUPER) ** 2;
    const cx = x * SUPER;
    const cy = y * SUPER;
    const top = Math.max(0, Math.floor(cy - r * SUPER));
    const bottom = Math.min(this.rows - 1, Math.ceil(cy + r * SUPER));
    const left = Math.max(0, Math.floor(cx - r * SUPER));
    const right = Math.min(this.columns - 1, Math.ceil(cx + r * SUPER));
    for (let row = top; row <= bottom; row++) {
      for (let column = left; column <= right; column++) {
        if ((column + 0.5 - cx) ** 2 + (row + 0.5 - cy) ** 2 <= r2) {
          this.cells[row * this.columns + column] = 1;
        }
      }
    }
  }

  /** One colour everywhere; the share of covered samples becomes the pixel's opacity. */
  toPng(colour: Rgb): Buffer {
    const rgba = new Uint8Array(this.width * this.height * 4);
    for (let y = 0; y < this.height; y++) {
      for (let x = 0; x < this.width; x++) {
        let covered = 0;
        for (let sy = 0; sy < SUPER; sy++) {
          const offset = (y * SUPER + sy) * this.columns + x * SUPER;
          for (let sx = 0; sx < SUPER; sx++) covered += this.cells[offset + sx] ?? 0;
        }
        if (covered === 0) continue;
        const at = (y * this.width + x) * 4;
        rgba.set(colour, at);
        rgba[at + 3] = Math.round((255 * covered) / (SUPER * SUPER));
      }
    }
    return encodeRgbaPng(this.width, this.height, rgba);
  }
}

/** The ten corners of a five-pointed star, first point straight up (y grows downwards). */
function starCorners(cx: number, cy: number, outer: number): Array<[number, number]> {
  // The inner radius that makes the points' edges line up, as on a drawn pentagram.
  const inner = outer * 0.382;
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
  });
}

/** Even-odd ray casting: is (x, y) inside the polygon? */
function insidePolygon(corners: Array<[number, number]>, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = corners.length - 1; i < corners.length; j = i++) {
    const [xi, yi] = corners[i] ?? [0, 0];
    const [xj, yj] = corners[j] ?? [0, 0];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * SAMPLE round seal, `size` pixels square: red (#d00) on a transparent background, an outer and
 * an inner ring and a five-pointed star in the middle, like the state seals of a People's
 * Committee (without their lettering).
 */
export function sampleSealPng(size: number): Buffer {
  const mask = new Mask(size, size);
  const centre = size / 2;
  const outer = size / 2 - 1;
  const outerWidth = Math.max(1.5, size * 0.035);
  const innerRadius = outer * 0.72;
  const innerWidth = Math.max(1, size * 0.018);
  const star = starCorners(centre, centre, outer * 0.42);
  mask.fill((x, y) => {
    const distance = Math.hypot(x - centre, y - centre);
    if (distance <= outer && distance >= outer - outerWidth) return true;
    if (Math.abs(distance - innerRadius) <= innerWidth / 2) return true;
    return insidePolygon(star, x, y);
  });
  return mask.toPng(SEAL_RED);
}

/** Traces a parametric stroke with a pen whose width swells and thins like a real nib. */
function stroke(
  mask: Mask,
  steps: number,
  at: (t: number) => [number, number],
  pen: (t: number) => number,
): void {
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const [x, y] = at(t);
    mask.disc(x, y, pen(t));
  }
}

/**
 * SAMPLE handwritten signature, `width`×`height` pixels: a dark-blue looping stroke (four
 * loops drifting right, like cursive initials) and a flourish under it, on transparency.
 */
export function sampleSignaturePng(width: number, height: number): Buffer {
  const mask = new Mask(width, height);
  const nib = Math.max(0.8, height * 0.022);
  const loops = 4;
  stroke(
    mask,
    width * 12,
    (t) => {
      // A prolate cycloid: the circle turns faster than it drifts, so the line loops back.
      const angle = 2 * Math.PI * loops * t;
      const x = width * (0.12 + 0.66 * t) - width * 0.07 * Math.sin(angle);
      const rise = height * (0.2 * Math.sin(Math.PI * t) - 0.08 * t);
      // Uneven loop heights, the first one tallest, as a hand writes them.
      const swing = 0.28 - 0.1 * t + 0.05 * Math.sin(7 * t + 0.5);
      const y = height * 0.5 - rise - height * swing * Math.cos(angle);
      return [x, y];
    },
    (t) => nib * (1 + 0.5 * Math.sin(Math.PI * 2 * loops * t + 1)),
  );
  stroke(
    mask,
    width * 6,
    (t) => [width * (0.06 + 0.88 * t), height * (0.84 - 0.12 * t - 0.1 * Math.sin(Math.PI * t))],
    (t) => nib * (1.2 - 0.7 * t),
  );
  return mask.toPng(INK_BLUE);
}
