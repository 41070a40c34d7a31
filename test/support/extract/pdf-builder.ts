// Writes minimal, valid PDFs by hand for extractor fixtures. Vietnamese needs more glyphs than
// one simple font's safe codes, so characters are spread over several standard fonts, each
// using only the printable ASCII codes with its own ToUnicode map.

const LINES_PER_PAGE = 60;
/** Characters per printed line at 8 pt; longer lines wrap as a word processor would. */
const WRAP = 110;
const FIRST = 0x21;
const LAST = 0x7e;

const hex = (n: number, width = 2): string => n.toString(16).toUpperCase().padStart(width, '0');

interface Glyph {
  font: number;
  code: number;
}

/** A PDF showing `text`, one line per text line (long lines wrapped). */
export function buildPdf(text: string, options: { encrypt?: boolean } = {}): Uint8Array {
  const lines = text.split('\n').flatMap(wrap);
  const glyphs = new Map<string, Glyph>();
  for (const ch of new Set(text.replace(/[\n ]/g, ''))) {
    const n = glyphs.size;
    glyphs.set(ch, {
      font: Math.floor(n / (LAST - FIRST + 1)),
      code: FIRST + (n % (LAST - FIRST + 1)),
    });
  }
  const fontCount = Math.max(1, Math.ceil(glyphs.size / (LAST - FIRST + 1)));
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const fonts: number[] = [];
  for (let f = 0; f < fontCount; f++) {
    const map = [...glyphs]
      .filter(([, g]) => g.font === f)
      .map(([ch, g]) => `<${hex(g.code)}> <${hex(ch.codePointAt(0) ?? 0, 4)}>`);
    map.push('<20> <0020>');
    const toUnicode = add(
      stream(
        `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Loa${f} def\n1 begincodespacerange <00> <FF> endcodespacerange\n${map.length} beginbfchar\n${map.join('\n')}\nendbfchar endcmap CMapName currentdict /CMap defineresource pop end end`,
      ),
    );
    fonts.push(
      add(`<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode ${toUnicode} 0 R >>`),
    );
  }
  const resources = `<< /Font << ${fonts.map((id, f) => `/F${f} ${id} 0 R`).join(' ')} >> >>`;
  const pagesId = add('PAGES');
  const kids: number[] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_PAGE) {
    const ops = lines.slice(i, i + LINES_PER_PAGE).map((line) => `${showLine(line, glyphs)} T*`);
    const content = add(stream(`BT 12 TL 40 800 Td\n${ops.join('\n')}\nET`));
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Resources ${resources} /Contents ${content} 0 R >>`,
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
  return serialize(objects, catalog, encrypt);
}

/** Text operators for one line, switching font whenever the next glyph lives in another. */
function showLine(line: string, glyphs: Map<string, Glyph>): string {
  let out = '';
  let font = -1;
  let run = '';
  for (const ch of line) {
    const g = ch === ' ' ? { font: Math.max(font, 0), code: 0x20 } : glyphs.get(ch);
    if (!g) continue;
    if (g.font !== font) {
      if (run) out += `<${run}> Tj `;
      out += `/F${g.font} 8 Tf `;
      font = g.font;
      run = '';
    }
    run += hex(g.code);
  }
  if (run) out += `<${run}> Tj`;
  return out;
}

function serialize(objects: string[], catalog: number, encrypt: number | null): Uint8Array {
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

function wrap(line: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + word.length + 1 > WRAP) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  out.push(current);
  return out;
}

const stream = (body: string): string => `<< /Length ${body.length} >>\nstream\n${body}\nendstream`;
