import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pLimit from 'p-limit';
import { PdfConversionError, PdfUnavailableError } from './pdf-errors';

export { PdfConversionError, PdfUnavailableError } from './pdf-errors';

const NAMES = ['soffice', 'libreoffice'];
const KNOWN_PATHS = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
];
const DEFAULT_TIMEOUT_MS = 60_000;

// Each LibreOffice takes a core and a few hundred MB for seconds: a burst of PDF exports would
// otherwise start one per request and starve the server. The rest wait their turn here.
const conversions = pLimit(1);

/** How many LibreOffice conversions run at once in this process (LOA_PDF_CONCURRENCY). */
export function setPdfConcurrency(concurrency: number): void {
  conversions.concurrency = concurrency;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The LibreOffice executable: `soffice` or `libreoffice` on PATH, then the Debian locations. */
export function findSoffice(): string | null {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter((dir) => dir !== '');
  const candidates = [
    ...dirs.flatMap((dir) => NAMES.map((name) => join(dir, name))),
    ...KNOWN_PATHS,
  ];
  return candidates.find(isExecutable) ?? null;
}

export interface PdfOptions {
  /** The executable to use; null means none is installed. Defaults to findSoffice(). */
  soffice?: string | null;
  timeoutMs?: number;
}

/** Runs soffice in its own process group, so a timeout can end it together with soffice.bin. */
function runSoffice(soffice: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(soffice, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      reject(new PdfConversionError('timeout', `no PDF after ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new PdfConversionError('failed', error.message));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new PdfConversionError('failed', `soffice exited ${code}: ${stderr}`));
    });
  });
}

/**
 * Converts a .docx to PDF with headless LibreOffice, queued behind the conversions already
 * running (see setPdfConcurrency); the time limit counts from the start of its own run.
 * Throws PdfUnavailableError when LibreOffice is missing, PdfConversionError when it fails.
 */
export async function convertDocxToPdf(docx: Buffer, options: PdfOptions = {}): Promise<Buffer> {
  const soffice = options.soffice === undefined ? findSoffice() : options.soffice;
  if (soffice === null) throw new PdfUnavailableError();
  return conversions(() => convert(soffice, docx, options));
}

/**
 * One conversion. Each gets its own temporary directory and user profile, because two soffice
 * processes sharing a profile block or fail each other.
 */
async function convert(soffice: string, docx: Buffer, options: PdfOptions): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'loa-pdf-'));
  try {
    const input = join(dir, 'document.docx');
    await writeFile(input, docx);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck'];
    args.push('--convert-to', 'pdf', '--outdir', dir, input);
    await runSoffice(soffice, args, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    // soffice exits 0 even when it could not convert, so the output file is the real test.
    return await readFile(join(dir, 'document.pdf')).catch(() => {
      throw new PdfConversionError('failed', 'soffice wrote no PDF');
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
