import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { xlsxWithSheet } from '../../../test/support/hostile-files';
import { issueUnitCertificate, makeCertificateAuthority } from '../../documents/signing/demo-ca';
import { PDFDocument } from 'pdf-lib';
import { signIssuedPdf } from '../../documents/signing/sign-pdf';
import { demoSigner, PASSWORD, SIGNED_AT, UNIT } from '../../documents/signing/signing-test-kit';
import { PARSE_JOBS, runParseTask, type ParseJobName, type ParseOutcome } from './parse-jobs';

// Every parser of uploaded files, fed generated hostile input in-process (the same code the pool
// runs). Each must answer or refuse with a DomainError; anything else (a TypeError, a RangeError,
// a stack overflow) is a crash the user would see as a 500. The extractor turns unexpected
// exceptions into `read_failed`, so that code counts as a crash too.

const RUNS = { numRuns: 60 } as const;

async function outcomeOf(job: ParseJobName, args: unknown[]): Promise<ParseOutcome> {
  const outcome = await runParseTask({ job, args });
  if (!outcome.ok) expect(outcome.error, `${job} crashed`).not.toBeNull();
  if (outcome.ok && job === 'document')
    expect(outcome.value).not.toMatchObject({ ok: false, error: { code: 'read_failed' } });
  return outcome;
}

const tokens = (alphabet: string[], maxLength = 80) =>
  fc.array(fc.constantFrom(...alphabet), { maxLength }).map((t) => t.join(''));

const XML_TOKENS = [
  '<',
  '>',
  '/',
  '</',
  '/>',
  'w:t',
  'w:p',
  'w:br',
  'w:tab',
  'mc:Fallback',
  'w:delText',
  '&amp;',
  '&#x1F600;',
  '&#0;',
  '&bogus;',
  ';',
  'a',
  'ạ',
  ' ',
  '"',
  '=',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?xml',
  '?>',
  '\u0000',
  '\n',
];
const HTML_TOKENS = [
  '<div>',
  '</div>',
  '<p>',
  '</p>',
  '<article>',
  '</article>',
  '<main>',
  '<h1>',
  '</h1>',
  '<br>',
  '<li>',
  '<nav class="menu">',
  '</nav>',
  '<script>',
  '</script>',
  '<pre>',
  '<time datetime="2025-03-01">',
  '<meta property="article:published_time" content="2025-01-02">',
  '<',
  '>',
  '&amp;',
  '&nbsp;',
  '&#xD800;',
  'Kế hoạch',
  ' ',
  '\n',
  '<!--',
  '-->',
  '"',
  "'",
];
const CSV_TOKENS = [
  'ten',
  'loai',
  'ma',
  'ma cap tren',
  ',',
  ';',
  '"',
  '""',
  '\n',
  '\r\n',
  'Xã A',
  'phường',
  ' ',
  '\uFEFF',
  '\u0000',
  'a',
];

const docx = async (xml: string) => {
  const z = new JSZip();
  z.file('word/document.xml', xml);
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
};

const mutate = (base: Uint8Array) =>
  fc
    .array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 })), {
      maxLength: 12,
    })
    .map((edits) => {
      const out = new Uint8Array(base);
      for (const [at, byte] of edits) out[at] = byte;
      return out;
    });

const withPrefix = (prefixes: number[][]) =>
  fc
    .tuple(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 400 }))
    .map(([p, rest]) => new Uint8Array([...p, ...rest]));

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

describe('each parser of uploads answers or refuses with a DomainError', () => {
  it('covers every job of the pool', () => {
    // A new parse job must get a fuzz case below.
    expect(Object.keys(PARSE_JOBS).sort()).toEqual(
      ['audioDuration', 'certificate', 'document', 'signatures', 'spreadsheet', 'unitCsv'].sort(),
    );
  });

  it('.docx: XML made of tags that open, close, nest wrongly or never end', async () => {
    await fc.assert(
      fc.asyncProperty(tokens(XML_TOKENS), async (xml) => {
        await outcomeOf('document', [{ fileName: 'a.docx', bytes: await docx(xml) }]);
      }),
      RUNS,
    );
  });

  it('.html: markup of any shape', async () => {
    await fc.assert(
      fc.asyncProperty(tokens(HTML_TOKENS, 120), async (html) => {
        const bytes = new TextEncoder().encode(`<html>${html}`);
        await outcomeOf('document', [{ fileName: 'a.html', bytes }]);
      }),
      RUNS,
    );
  });

  it('.pdf: a real PDF with bytes changed', async () => {
    const pdf = new Uint8Array(readFileSync('test/fixtures/extract/docs/f10_plan_commune.pdf'));
    await fc.assert(
      fc.asyncProperty(mutate(pdf), async (bytes) => {
        await outcomeOf('document', [{ fileName: 'a.pdf', bytes }]);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('.p12: a real certificate with bytes changed, and any bytes, with its password or not', async () => {
    const ca = makeCertificateAuthority({ commonName: 'CA', now: new Date() });
    const p12 = issueUnitCertificate(ca, {
      commonName: 'UBND phường Cẩm Bình',
      organization: 'Cẩm Phả',
      now: new Date(),
      password: 'pw',
    });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(mutate(new Uint8Array(p12)), fc.uint8Array({ maxLength: 400 })),
        fc.constantFrom('pw', ''),
        async (bytes, password) => {
          await outcomeOf('certificate', [bytes, password]);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('signed .pdf: a signed PDF with bytes changed, checked against its root', async () => {
    const signer = demoSigner();
    const page = await PDFDocument.create();
    page.addPage([595, 842]).drawText('51/KH-UBND');
    const signed = await signIssuedPdf(Buffer.from(await page.save()), {
      p12: signer.p12,
      password: PASSWORD,
      signedAt: SIGNED_AT,
      bodyName: UNIT,
      signerName: 'Nguyễn Công Bằng',
      signerPosition: 'CHỦ TỊCH',
    });
    await fc.assert(
      fc.asyncProperty(mutate(new Uint8Array(signed)), async (bytes) => {
        await outcomeOf('signatures', [bytes, [signer.ca.certPem]]);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('.txt: any bytes, in any encoding or none', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        await outcomeOf('document', [{ fileName: 'a.txt', bytes }]);
      }),
      RUNS,
    );
  });

  it('.csv: unit and spreadsheet tables with stray quotes, separators and NULs', async () => {
    await fc.assert(
      fc.asyncProperty(tokens(CSV_TOKENS), async (csv) => {
        await outcomeOf('unitCsv', [csv]);
        await outcomeOf('spreadsheet', [new TextEncoder().encode(csv)]);
      }),
      RUNS,
    );
  });

  it('.xlsx: sheets of malformed cells and rows', async () => {
    const cell = fc.constantFrom(
      '<row>',
      '</row>',
      '<row r="0">',
      '<row r="99999999">',
      '<c r="A1">',
      '<c r="ZZZZ1" t="s">',
      '<c t="inlineStr"><is><t>x</t></is></c>',
      '</c>',
      '<v>1</v>',
      '<v>abc</v>',
      '<f>1/0</f>',
      '<sheetData>',
      '</sheetData>',
      '<',
      '&bogus;',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { maxLength: 40 }), async (parts) => {
        await outcomeOf('spreadsheet', [await xlsxWithSheet(parts.join(''))]);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('audio: WAV, MP3 and Ogg headers over random bytes, as each audio type', async () => {
    const prefixes = [
      ascii('RIFF\u0000\u0000\u0000\u0000WAVEfmt '),
      ascii('ID3\u0004\u0000'),
      [0xff, 0xfb, 0x90, 0x64],
      [0xff, 0xf3, 0x10, 0xc4],
      ascii('OggS'),
      [],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('audio/wav', 'audio/mpeg', 'audio/ogg', 'audio/mp4'),
        withPrefix(prefixes),
        async (type, bytes) => {
          await outcomeOf('audioDuration', [type, bytes]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
