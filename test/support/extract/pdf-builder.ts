// Writes minimal, valid PDFs by hand for extractor fixtures: a standard font with a one-byte
// encoding built per document and a ToUnicode map, so Vietnamese text survives extraction.

const LINES_PER_PAGE = 48;

const hex = (n: number, width = 2): string => n.toString(16).toUpperCase().padStart(width, '0');

/** A PDF showing `text`, one line per text line. */
export function buildPdf(text: string, options: { encrypt?: boolean } = {}): Uint8Array {
  const lines = text.split('\n');
  const codes = new Map<string, number>();
  for (const ch of new Set([...text.replace(/\n/g, '')])) {
    if (codes.size >= 220) throw new Error('too many distinct characters for a one-byte font');
    codes.set(ch, ch === ' ' ? 0x20 : nextCode(codes));
  }
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const cmap = [...codes].map(([ch, code]) => `<${hex(code)}> <${hex(ch.codePointAt(0) ?? 0, 4)}>`);
  const toUnicode = add(
    stream(
      `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Loa def /CodeSpaceRange\n1 begincodespacerange <00> <FF> endcodespacerange\n${cmap.length} beginbfchar\n${cmap.join('\n')}\nendbfchar endcmap CMapName currentdict /CMap defineresource pop end end`,
    ),
  );
  const font = add(
    `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 0 /LastChar 255 /Widths [${Array(256).fill(500).join(' ')}] /ToUnicode ${toUnicode} 0 R >>`,
  );
  const pagesId = objects.length + 1;
  add('PAGES');
  const kids: number[] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_PAGE) {
    const ops = lines
      .slice(i, i + LINES_PER_PAGE)
      .map((line) => `<${[...line].map((ch) => hex(codes.get(ch) ?? 0x20)).join('')}> Tj T*`);
    const content = add(stream(`BT /F1 11 Tf 14 TL 50 800 Td\n${ops.join('\n')}\nET`));
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[pagesId - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const catalog = add(`<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
  const encrypt = options.encrypt
    ? add(
        `<< /Filter /Standard /V 1 /R 2 /O <${'A5'.repeat(32)}> /U <${'5A'.repeat(32)}> /P -44 >>`,
      )
    : null;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const extra = encrypt
    ? ` /Encrypt ${encrypt} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`
    : '';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${extra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

function nextCode(codes: Map<string, number>): number {
  const used = new Set(codes.values());
  for (let c = 0x21; c < 0xff; c++) if (!used.has(c)) return c;
  throw new Error('no free code');
}

const stream = (body: string): string => `<< /Length ${body.length} >>\nstream\n${body}\nendstream`;
