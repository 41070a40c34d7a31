import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildDocx, buildZipBomb, understateSizes } from '../../test/support/extract/docx-builder';
import { toTcvn3, toVni } from '../../test/support/extract/legacy-encoders';
import { HOSTILE_PHRASES, hostileLine } from '../../test/support/extract/hostile-lines';
import { buildPdf } from '../../test/support/extract/pdf-builder';
import { extractDocument, MAX_ANALYSED_CHARS } from './index';

const run = (fileName: string, bytes: Uint8Array) => extractDocument({ fileName, bytes });
const errorCode = async (fileName: string, bytes: Uint8Array) => {
  const result = await run(fileName, bytes);
  return result.ok ? 'ok' : result.error.code;
};
const SAMPLE =
  'KẾ HOẠCH\nTuyên truyền bầu cử trưởng thôn nhiệm kỳ 2025 - 2027 trên địa bàn xã Đông Hưng\n- Phát trên hệ thống loa truyền thanh của các thôn.';

describe('files that are not documents', () => {
  it('refuses an empty file', async () => {
    expect(await errorCode('a.txt', new Uint8Array())).toBe('empty');
    expect(await errorCode('a.txt', new TextEncoder().encode('  \n\t '))).toBe('empty');
  });
  it('refuses an image, naming it in Vietnamese, even when called .docx', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const result = await run('ke-hoach.docx', png);
    expect(result.ok ? '' : result.error.message).toContain('ảnh PNG');
  });
  it('refuses random binary data', async () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(await errorCode('x.txt', bytes)).toBe('not_a_document');
  });
  it('names formats it cannot read', async () => {
    expect(
      await errorCode('a.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
    ).toBe('unsupported_type');
  });
});

describe('broken containers', () => {
  it('refuses a broken PDF', async () => {
    expect(await errorCode('a.pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj garbage'))).toBe(
      'pdf_broken',
    );
  });
  it('refuses an encrypted PDF with a clear message', async () => {
    const result = await run('a.pdf', buildPdf(SAMPLE, { encrypt: true }));
    expect(result.ok ? '' : result.error.code).toBe('pdf_encrypted');
  });
  // How fast it is refused is a benchmark's business (`npm run bench`), not this test's.
  it('refuses a zip bomb', async () => {
    expect(await errorCode('bomb.docx', await buildZipBomb(60))).toBe('zip_bomb');
  });
  it('stops unpacking when the directory lies about sizes', async () => {
    expect(await errorCode('bomb.docx', understateSizes(await buildZipBomb(60)))).toBe('zip_bomb');
  });
  it('refuses a zip that is not a Word document', async () => {
    expect(await errorCode('a.docx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe(
      'docx_broken',
    );
  });
});

describe('text in every encoding', () => {
  it('reads a .docx and a PDF', async () => {
    for (const [name, bytes] of [
      ['a.docx', await buildDocx(SAMPLE)],
      ['a.pdf', buildPdf(SAMPLE)],
    ] as const) {
      const result = await run(name, bytes);
      expect(result.ok && result.extraction.election.type).toBe('VILLAGE_HEAD');
    }
  });
  it('converts TCVN3 and VNI and says so', async () => {
    for (const bytes of [toTcvn3(SAMPLE), toVni(SAMPLE)]) {
      const result = await run('cu.txt', bytes);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.text).toContain('trưởng thôn nhiệm kỳ 2025 - 2027 trên địa bàn xã Đông Hưng');
      expect(result.warnings.join(' ')).toMatch(/TCVN3|VNI/);
    }
  });
  it('detects Windows-1258 from the words (as iconv writes it), whatever the file is called', async () => {
    const bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'WINDOWS-1258'], { input: SAMPLE });
    // Not valid UTF-8, and the toned letters are base letters with combining marks.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = await run('tcvn3.txt', new Uint8Array(bytes));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.text).toContain('trưởng thôn nhiệm kỳ 2025 - 2027 trên địa bàn xã Đông Hưng');
    expect(result.warnings.join(' ')).toContain('Windows-1258');
    expect(result.extraction.election.term).toBe('2025-2027');
  });
  it('reads UTF-16 with a BOM and NFD text', async () => {
    const utf16 = await run('a.txt', new Uint8Array(Buffer.from(`\ufeff${SAMPLE}`, 'utf16le')));
    const nfd = await run('a.txt', new TextEncoder().encode(SAMPLE.normalize('NFD')));
    expect(utf16.ok && utf16.extraction.election.term).toBe('2025-2027');
    expect(nfd.ok && nfd.extraction.title).toContain('trưởng thôn');
  });
  it('handles a 50 MB text file, saying it read only the start', async () => {
    const block = new TextEncoder().encode(`${SAMPLE}\n`);
    const bytes = new Uint8Array(50 * 1024 * 1024);
    for (let at = 0; at + block.length <= bytes.length; at += block.length) bytes.set(block, at);
    bytes.fill(0x20, bytes.length - (bytes.length % block.length));
    const result = await run('big.txt', bytes);
    expect(result.ok && result.warnings.join(' ')).toContain('chỉ phân tích');
  });
});

describe('one endless line', () => {
  // Every rule family on a line of all the characters analysed: each comes back read, with
  // fields of a sane size, not refused (a rule that joined every hit's sentence ran out of string).
  it.each(Object.entries(HOSTILE_PHRASES))('reads a line of %s', async (_, phrase) => {
    const text = hostileLine(phrase, MAX_ANALYSED_CHARS);
    const result = await run('line.txt', new TextEncoder().encode(text));
    if (!result.ok) throw new Error(result.error.message);
    for (const a of result.extraction.assignments)
      expect(a.tasks.join(' ').length).toBeLessThan(text.length);
  });
});
