import JSZip from 'jszip';

// Builds small but valid .docx files for extractor fixtures and tests. Source text: one
// paragraph per line; a line with " || " is a table row (cells), " // " splits a cell into
// paragraphs; consecutive rows form one table, as the state header and signature blocks are.

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const paragraph = (text: string): string =>
  `<w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

const cell = (text: string): string =>
  `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${text.split(' // ').map(paragraph).join('')}</w:tc>`;

/** WordprocessingML body for the source text. */
export function documentXml(source: string): string {
  let body = '';
  let rows: string[] = [];
  const flush = () => {
    if (rows.length)
      body += `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>${rows.join('')}</w:tbl>`;
    rows = [];
  };
  for (const line of source.split('\n')) {
    if (line.includes(' || ')) {
      rows.push(`<w:tr>${line.split(' || ').map(cell).join('')}</w:tr>`);
      continue;
    }
    flush();
    body += paragraph(line);
  }
  flush();
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

/** A .docx whose document.xml holds the source text. */
export async function buildDocx(source: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', documentXml(source));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A .docx that declares a small document.xml but inflates far beyond it (a zip bomb). */
export async function buildZipBomb(unpackedMb: number): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', new Uint8Array(unpackedMb * 1024 * 1024).fill(0x20));
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}

/** Rewrites every central-directory entry to claim 1 KB unpacked, as a hostile zip would. */
export function understateSizes(zip: Uint8Array): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 1024, true);
  }
  return out;
}
