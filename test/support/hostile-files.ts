import JSZip from 'jszip';

// Files an attacker (or an unlucky export) sends to make a parser spin or swell: the four that
// blocked the server before parsing moved to capped workers, and the worst case of each other
// parser. Built in memory, small on the wire, so tests and benchmarks share them.

const zip = async (files: Record<string, string>): Promise<Uint8Array> => {
  const z = new JSZip();
  for (const [name, text] of Object.entries(files)) z.file(name, text);
  return z.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
};

/** A .docx whose document.xml is `<` and then letters: a tag that never closes. */
export const unclosedTagDocx = (letters = 200_000): Promise<Uint8Array> =>
  zip({ 'word/document.xml': `<${'a'.repeat(letters)}` });

/**
 * A one-page PDF (about 100 KB) whose content stream is ten thousand tiny lines of text; with
 * a `line` of digits alone no line holds a word, so the extractor finds no text in it.
 */
export function textOperatorPdf(operators = 10_000, line = 'ab cd'): Uint8Array {
  const stream = `BT /F1 1 Tf 0.07 TL 5 780 Td ${`(${line}) ' `.repeat(operators)}ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) body += `${String(at).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** A web page of `<div>` nested as deep as its size allows (2 MB by default). */
export function nestedDivHtml(bytes = 2 * 1024 * 1024): Uint8Array {
  const depth = Math.floor((bytes - 40) / 5);
  return new TextEncoder().encode(`<html><body>${'<div>'.repeat(depth)}x</body></html>`);
}

/** An .xlsx whose one sheet holds `rows` rows of five cells; tiny zipped, huge once read. */
export async function manyCellsXlsx(rows = 150_000): Promise<Uint8Array> {
  const data: string[] = [];
  for (let r = 1; r <= rows; r++)
    data.push(
      `<row r="${r}"><c r="A${r}"><v>1</v></c><c r="B${r}"><v>2</v></c><c r="C${r}"><v>3</v></c><c r="D${r}"><v>4</v></c><c r="E${r}"><v>5</v></c></row>`,
    );
  return xlsxWithSheet(`<sheetData>${data.join('')}</sheetData>`);
}

/** A CSV of one unterminated quoted field holding every line after it. */
export const openQuoteCsv = (bytes = 512 * 1024): string =>
  `ten,loai\n"${'a,b\n'.repeat(Math.floor(bytes / 4))}`;

/** An MP3 by its ID3 tag, then bytes in which no frame ever starts: the reader scans them all. */
export function unsyncedMp3(bytes = 4 * 1024 * 1024): Uint8Array {
  const out = new Uint8Array(bytes).fill(0xff);
  out.set([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0]);
  return out;
}

/** An MP3 of the smallest valid frames back to back: the duration walk visits every one. */
export function tinyFrameMp3(bytes = 4 * 1024 * 1024): Uint8Array {
  // MPEG-2 layer III, 8 kbit/s, 22.05 kHz: a 26-byte frame (header + padding of zeros).
  const frame = new Uint8Array(26);
  frame.set([0xff, 0xf3, 0x10, 0xc4]);
  const out = new Uint8Array(bytes - (bytes % frame.length));
  for (let at = 0; at < out.length; at += frame.length) out.set(frame, at);
  return out;
}

/** A minimal .xlsx workbook whose one sheet holds this XML inside <worksheet>. */
export function xlsxWithSheet(sheetXml: string): Promise<Uint8Array> {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const pkg = 'http://schemas.openxmlformats.org/package/2006/relationships';
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}">${sheetXml}</worksheet>`,
  });
}
