/**
 * Writes the 51/KH-UBND sample plan as .docx (and .pdf beside it when LibreOffice is installed),
 * to look at the layout: `npx tsx scripts/render-sample.ts /tmp/out.docx [--long] [--draft]`.
 */
import { writeFile } from 'node:fs/promises';
import { renderAdministrativeDocx } from '../src/documents/administrative-docx';
import { plan51Model, plan51WithLongTable } from '../src/documents/fixtures/plan-51.model';
import { PdfUnavailableError, convertDocxToPdf } from '../src/documents/pdf';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const out = args.find((arg) => !arg.startsWith('--')) ?? 'plan-51.docx';
  const base = args.includes('--long') ? plan51WithLongTable() : plan51Model;
  const model = args.includes('--draft')
    ? { ...base, draft: true, header: { ...base.header, numberLine: 'Số:      /KH-UBND' } }
    : base;
  const docx = await renderAdministrativeDocx(model);
  await writeFile(out, docx);
  console.log(`wrote ${out}`);
  try {
    const pdfPath = out.replace(/\.docx$/i, '') + '.pdf';
    await writeFile(pdfPath, await convertDocxToPdf(docx));
    console.log(`wrote ${pdfPath}`);
  } catch (error) {
    if (!(error instanceof PdfUnavailableError)) throw error;
    console.log(error.message);
  }
}

await main();
