import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import {
  issueUnitCertificate,
  makeCertificateAuthority,
  type CertificateAuthority,
} from './demo-ca';

// Shared by the signing tests only: a demo CA and unit certificate, and poppler's command-line
// tools (pdfsig, pdftoppm) as an independent reader of what the signing code writes.

/** Issued before the fixed signing time the tests use, so the certificate was valid then. */
export const ISSUED_AT = new Date('2022-01-01T00:00:00Z');
/** 09:15:30 on 6 April 2022 in Vietnam. */
export const SIGNED_AT = new Date('2022-04-06T02:15:30Z');
export const UNIT = 'UBND phường Cẩm Bình';
export const PASSWORD = 'Mật-khẩu 2022';

export interface DemoSigner {
  ca: CertificateAuthority;
  p12: Buffer;
}

/** A CA named in Vietnamese on purpose: forge-based CMS writers break on such issuer names. */
export function demoSigner(): DemoSigner {
  const ca = makeCertificateAuthority({
    commonName: 'Loa – CA thử nghiệm Cẩm Phả',
    now: ISSUED_AT,
  });
  const p12 = issueUnitCertificate(ca, {
    commonName: UNIT,
    organization: 'Ủy ban nhân dân phường Cẩm Bình',
    province: 'Quảng Ninh',
    now: ISSUED_AT,
    password: PASSWORD,
  });
  return { ca, p12 };
}

/** The executable on PATH or in /usr/bin, or null when it is not installed. */
export function findTool(name: string): string | null {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/bin'].filter(Boolean);
  for (const dir of dirs) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // Not in this directory.
    }
  }
  return null;
}

async function withTempPdf<T>(pdf: Buffer, use: (file: string, dir: string) => Promise<T>) {
  const dir = await mkdtemp(join(tmpdir(), 'loa-signing-'));
  try {
    const file = join(dir, 'document.pdf');
    await writeFile(file, pdf);
    return await use(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs a tool; its output even when it exits non-zero (pdfsig does for unsigned files). */
function run(tool: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(tool, args, { encoding: 'utf8' }, (error, stdout) => {
      if (error !== null && stdout === '') reject(new Error(`${tool}: ${error.message}`));
      else resolve(stdout);
    });
  });
}

/** What poppler's pdfsig prints about the signatures in `pdf`. */
export function pdfsigReport(pdfsig: string, pdf: Buffer): Promise<string> {
  return withTempPdf(pdf, (file) => run(pdfsig, [file]));
}

export interface RgbImage {
  width: number;
  height: number;
  pixels: Buffer;
}

/** Renders one page (1-based) with pdftoppm as RGB pixels, to see what a reader sees. */
export function renderPage(pdftoppm: string, pdf: Buffer, page: number, dpi = 36) {
  return withTempPdf(pdf, async (file, dir): Promise<RgbImage> => {
    const out = join(dir, 'page');
    const args = ['-f', String(page), '-l', String(page), '-r', String(dpi), '-singlefile'];
    await run(pdftoppm, [...args, file, out]);
    const ppm = await readFile(`${out}.ppm`);
    // Binary PPM: "P6", width, height, max value, each followed by whitespace, then RGB bytes.
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
    if (header === null) throw new Error('pdftoppm wrote no PPM');
    const [text = '', width = '0', height = '0'] = header;
    return { width: Number(width), height: Number(height), pixels: ppm.subarray(text.length) };
  });
}

/** How many pixels in the region (fractions of the page, top left origin) match `colour`. */
export function countPixels(
  image: RgbImage,
  colour: (r: number, g: number, b: number) => boolean,
  region = { left: 0, top: 0, right: 1, bottom: 1 },
): number {
  let count = 0;
  for (let y = Math.floor(region.top * image.height); y < region.bottom * image.height; y++) {
    for (let x = Math.floor(region.left * image.width); x < region.right * image.width; x++) {
      const at = (y * image.width + x) * 3;
      const [r = 0, g = 0, b = 0] = image.pixels.subarray(at, at + 3);
      if (colour(r, g, b)) count++;
    }
  }
  return count;
}

export const isSealRed = (r: number, g: number, b: number): boolean => r > 180 && g < 90 && b < 90;
export const isInkBlue = (r: number, g: number, b: number): boolean => b > 90 && r < 90 && g < 110;
