import { readdirSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, describe, expect, it } from 'vitest';
import { renderAdministrativeDocx } from './administrative-docx';
import { plan51Model } from './fixtures/plan-51.model';
import {
  PdfConversionError,
  PdfUnavailableError,
  convertDocxToPdf,
  findSoffice,
  setPdfConcurrency,
} from './pdf';

// What an officer reads: no install command (administrators get that hint on screen).
const MESSAGE = 'Chưa có bản PDF vì máy chủ chưa cài LibreOffice; hãy tải bản DOCX.';
const soffice = findSoffice();

describe('convertDocxToPdf', () => {
  it('says in Vietnamese that there is no PDF yet when LibreOffice is missing', async () => {
    const docx = await renderAdministrativeDocx(plan51Model);
    const attempt = convertDocxToPdf(docx, { soffice: null });
    await expect(attempt).rejects.toBeInstanceOf(PdfUnavailableError);
    await expect(attempt).rejects.toMatchObject({ code: 'unavailable', message: MESSAGE });
  });

  // Either branch asserts what this machine can do: a PDF with LibreOffice, the error without.
  it.runIf(soffice === null)('refuses with PdfUnavailableError on this machine', async () => {
    const attempt = convertDocxToPdf(await renderAdministrativeDocx(plan51Model));
    await expect(attempt).rejects.toThrow(MESSAGE);
  });

  it.runIf(soffice !== null)(
    'converts the plan, two at once, with page numbers from page 2',
    async () => {
      const docx = await renderAdministrativeDocx(plan51Model);
      const pdfs = await Promise.all([convertDocxToPdf(docx), convertDocxToPdf(docx)]);
      for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const document = await getDocumentProxy(new Uint8Array(pdfs[0]));
      const { totalPages, text } = await extractText(document, { mergePages: false });
      const pages = text.map((page) => page.normalize('NFC'));
      expect(totalPages).toBeGreaterThanOrEqual(2);
      expect(pages[0]).toMatch(/^UBND THÀNH PHỐ CẨM PHẢ/);
      expect(pages[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(pages[0]).toContain('Số: 51/KH-UBND');
      expect(pages[1]).toMatch(/^2\s/);
    },
    90_000,
  );
});

describe('convertDocxToPdf with a LibreOffice that misbehaves', () => {
  const made: string[] = [];
  afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

  async function fakeSoffice(script: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'loa-fake-soffice-'));
    made.push(dir);
    const file = join(dir, 'soffice');
    await writeFile(file, `#!/bin/sh\n${script}\n`);
    await chmod(file, 0o755);
    return file;
  }

  it.runIf(process.platform !== 'win32')(
    'stops a conversion that runs past the time limit',
    async () => {
      const attempt = convertDocxToPdf(Buffer.from('x'), {
        soffice: await fakeSoffice('sleep 30'),
        timeoutMs: 300,
      });
      await expect(attempt).rejects.toBeInstanceOf(PdfConversionError);
      await expect(attempt).rejects.toMatchObject({ details: { reason: 'timeout' } });
    },
  );

  // A LibreOffice that marks itself running in a folder for a moment, then writes its PDF: the
  // folder shows how many ran at once, whatever the machine's speed.
  it.runIf(process.platform !== 'win32')(
    'runs at most the configured number of conversions at once, the rest in turn',
    async () => {
      const running = await mkdtemp(join(tmpdir(), 'loa-pdf-running-'));
      made.push(running);
      const soffice = await fakeSoffice(
        [
          'for a; do [ "$prev" = --outdir ] && out="$a"; prev="$a"; done',
          `touch "${running}/$$"; sleep 0.4; rm "${running}/$$"`,
          'printf "%%PDF-1.4" > "$out/document.pdf"',
        ].join('\n'),
      );
      let most = 0;
      const watch = setInterval(() => {
        most = Math.max(most, readdirSync(running).length);
      }, 10);
      try {
        for (const limit of [1, 2]) {
          setPdfConcurrency(limit);
          most = 0;
          const jobs = Array.from({ length: 5 }, () =>
            convertDocxToPdf(Buffer.from('x'), { soffice }),
          );
          const pdfs = await Promise.all(jobs);
          expect(pdfs.map((pdf) => pdf.toString('latin1'))).toEqual(Array(5).fill('%PDF-1.4'));
          expect(most).toBeGreaterThanOrEqual(1);
          expect(most).toBeLessThanOrEqual(limit);
        }
      } finally {
        clearInterval(watch);
        setPdfConcurrency(1);
      }
    },
    30_000,
  );

  it.runIf(process.platform !== 'win32')('fails clearly when soffice writes no PDF', async () => {
    const attempt = convertDocxToPdf(Buffer.from('x'), { soffice: await fakeSoffice('exit 0') });
    await expect(attempt).rejects.toMatchObject({ details: { reason: 'failed' } });
  });
});
