import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findSoffice } from '../../src/documents/pdf';

const PDFSIG = '/usr/bin/pdfsig';
const run = promisify(execFile);

/** Whether this machine can make PDFs (LibreOffice) and check their signatures (poppler). */
export const canSignPdfs = (): boolean => findSoffice() !== null && existsSync(PDFSIG);

/** What a command that failed had printed: execFile's error carries it as `stdout`. */
const printedBefore = (e: unknown): string =>
  typeof e === 'object' && e !== null && 'stdout' in e && typeof e.stdout === 'string'
    ? e.stdout
    : '';

/** What poppler's pdfsig, a verifier no one here wrote, prints about the signatures of `pdf`. */
export async function pdfsig(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'loa-pdfsig-'));
  try {
    const file = join(dir, 'document.pdf');
    await writeFile(file, pdf);
    // pdfsig exits 0 for a broken signature as well; what it prints is what counts.
    const out = await run(PDFSIG, [file]).catch((e: unknown) => ({ stdout: printedBefore(e) }));
    return out.stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
