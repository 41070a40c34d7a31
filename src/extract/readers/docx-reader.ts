import { SaxesParser } from 'saxes';
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

const SKIPPED = new Set(['mc:Fallback', 'w:instrText', 'w:delText']);

/**
 * WordprocessingML → plain text; deleted text, field codes and fallback copies are skipped.
 * A streaming XML parser reads it in one pass (linear time, whatever the markup); faults in the
 * XML are passed over, so a slightly broken file still gives the text it has.
 */
export function documentXmlToText(xml: string): string {
  const lines: string[] = [];
  let line = '';
  let inText = false;
  let skipDepth = 0;
  const parser = new SaxesParser();
  parser.on('error', () => undefined);
  parser.on('text', (text) => {
    if (inText && skipDepth === 0) line += text;
  });
  parser.on('opentag', ({ name, isSelfClosing }) => {
    if (SKIPPED.has(name) && !isSelfClosing) skipDepth++;
    if (skipDepth > 0) return;
    if (name === 'w:t') inText = !isSelfClosing;
    else if (name === 'w:tab') line += '\t';
    else if (name === 'w:br' || name === 'w:cr') line += '\n';
    else if (name === 'w:p' && isSelfClosing) {
      lines.push(line);
      line = '';
    }
  });
  parser.on('closetag', ({ name, isSelfClosing }) => {
    // A self-closing tag was handled when it opened.
    if (isSelfClosing) return;
    if (SKIPPED.has(name)) skipDepth--;
    if (skipDepth > 0) return;
    if (name === 'w:t') inText = false;
    else if (name === 'w:p') {
      lines.push(line);
      line = '';
    }
  });
  parser.write(xml).close();
  if (line) lines.push(line);
  return lines.join('\n');
}
