// Builds the binary and re-encoded extractor fixtures from test/fixtures/extract/sources:
// NAME.docx.txt → NAME.docx, NAME.pdf.txt → NAME.pdf, NAME.tcvn3.txt / NAME.vni.txt → legacy
// encodings, NAME.utf16.txt → UTF-16 with BOM, NAME.nfd.txt → NFD with no-break spaces.
// Run: npx tsx scripts/extract-fixtures.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocx } from '../test/support/extract/docx-builder';
import { toTcvn3, toVni } from '../test/support/extract/legacy-encoders';
import { buildPdf } from '../test/support/extract/pdf-builder';

const root = 'test/fixtures/extract';

async function build(kind: string, text: string): Promise<{ ext: string; bytes: Uint8Array }> {
  switch (kind) {
    case 'docx':
      return { ext: 'docx', bytes: await buildDocx(text) };
    case 'pdf':
      return { ext: 'pdf', bytes: buildPdf(text) };
    case 'tcvn3':
      return { ext: 'txt', bytes: toTcvn3(text) };
    case 'vni':
      return { ext: 'txt', bytes: toVni(text) };
    case 'utf16':
      return { ext: 'txt', bytes: new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le')) };
    case 'nfd':
      return {
        ext: 'txt',
        bytes: new TextEncoder().encode(text.normalize('NFD').replace(/ (?=\d)/g, '\u00a0')),
      };
    default:
      throw new Error(`unknown fixture kind ${kind}`);
  }
}

for (const name of readdirSync(join(root, 'sources')).sort()) {
  const m = /^(.+)\.(\w+)\.txt$/.exec(name);
  if (!m?.[1] || !m[2]) continue;
  const { ext, bytes } = await build(m[2], readFileSync(join(root, 'sources', name), 'utf8'));
  writeFileSync(join(root, 'docs', `${m[1]}.${ext}`), bytes);
  console.log(`${m[1]}.${ext}`);
}
