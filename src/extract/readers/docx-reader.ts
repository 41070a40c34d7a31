import { ExtractError, MESSAGES } from '../errors';
import { readZipDirectory, readZipEntry } from './zip';

/** Reads the body text of a .docx: one line per paragraph, table cells in reading order. */
export function readDocx(bytes: Uint8Array): string {
  const entries = readZipDirectory(bytes);
  const document = entries.find((e) => e.name === 'word/document.xml');
  if (!document) {
    if (entries.some((e) => e.name.startsWith('xl/')))
      throw new ExtractError('unsupported_type', MESSAGES.unsupported('Excel (.xlsx)'));
    if (entries.some((e) => e.name.startsWith('ppt/')))
      throw new ExtractError('unsupported_type', MESSAGES.unsupported('PowerPoint (.pptx)'));
    throw new ExtractError('docx_broken', MESSAGES.docxBroken);
  }
  return documentXmlToText(new TextDecoder().decode(readZipEntry(bytes, document)));
}

const TOKEN = /<(\/?)([\w:.-]+)[^>]*?(\/?)>|([^<]+)/g;

/** WordprocessingML → plain text; deleted text, field codes and fallback copies are skipped. */
export function documentXmlToText(xml: string): string {
  const lines: string[] = [];
  let line = '';
  let inText = false;
  let skipDepth = 0;
  for (const m of xml.matchAll(TOKEN)) {
    const [, closing, tag, selfClosing, text] = m;
    if (text !== undefined) {
      if (inText && skipDepth === 0) line += decodeEntities(text);
      continue;
    }
    const isSkipped = tag === 'mc:Fallback' || tag === 'w:instrText' || tag === 'w:delText';
    if (isSkipped && !selfClosing) skipDepth += closing ? -1 : 1;
    if (skipDepth > 0) continue;
    if (tag === 'w:t') inText = !closing && !selfClosing;
    else if (tag === 'w:tab' && !closing) line += '\t';
    else if ((tag === 'w:br' || tag === 'w:cr') && !closing) line += '\n';
    else if (tag === 'w:p' && (closing || selfClosing)) {
      lines.push(line);
      line = '';
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return safeCodePoint(parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10), whole);
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff
    ? String.fromCodePoint(code)
    : fallback;
}
