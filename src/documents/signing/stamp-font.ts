import { readFile } from 'node:fs/promises';
import { PdfSigningError } from './signing-errors';

// Nghị định 30/2020 prints the signature details in Times New Roman; Liberation Serif has the
// same metrics and full Vietnamese coverage. The sans fonts are fallbacks that also cover it.
const CANDIDATES = [
  '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf',
  '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
];

let cached: Promise<Uint8Array> | null = null;

async function firstReadable(paths: string[]): Promise<Uint8Array> {
  for (const path of paths) {
    try {
      return await readFile(path);
    } catch {
      // Not installed here; try the next one.
    }
  }
  throw new PdfSigningError('no_font', `none of ${paths.join(', ')}`);
}

/**
 * The bytes of a Unicode TrueType font for the stamp's text, read once per process.
 * Throws PdfSigningError 'no_font' when none of the known fonts is installed.
 */
export function stampFont(): Promise<Uint8Array> {
  if (cached === null) {
    cached = firstReadable(CANDIDATES);
    // A failure is not remembered: the font may be installed while the server runs.
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}
