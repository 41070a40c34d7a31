import { extractTextItems, getDocumentProxy } from 'unpdf';
import { ExtractError, MESSAGES } from '../errors';

/** Reads a PDF's text layer, one line per visual line. */
export async function readPdf(bytes: Uint8Array): Promise<string> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the buffer, so hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 });
  } catch (e) {
    throw classify(e, bytes);
  }
  try {
    const { items } = await extractTextItems(pdf);
    const pages = items.map((page) => {
      let text = '';
      let lastY: number | null = null;
      for (const item of page) {
        if (
          lastY !== null &&
          Math.abs(item.y - lastY) > Math.max(2, item.fontSize * 0.5) &&
          !text.endsWith('\n')
        )
          text += '\n';
        text += item.str;
        if (item.hasEOL) text += '\n';
        lastY = item.y;
      }
      return text;
    });
    return pages.map(unwrap).join('\n\n');
  } catch (e) {
    throw classify(e, bytes);
  } finally {
    void pdf.destroy();
  }
}

function classify(e: unknown, bytes: Uint8Array): ExtractError {
  if (e instanceof ExtractError) return e;
  const name = e instanceof Error ? e.name : '';
  const encrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(
    '/Encrypt',
  );
  if (name === 'PasswordException' || encrypted)
    return new ExtractError('pdf_encrypted', MESSAGES.pdfEncrypted);
  return new ExtractError('pdf_broken', MESSAGES.pdfBroken);
}

/** Joins lines a PDF wrapped at the margin: a near-full line without final punctuation, then lower case. */
export function unwrap(page: string): string {
  const lines = page.split('\n');
  const width = Math.max(0, ...lines.map((l) => l.trim().length));
  const out: string[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    const wrapped =
      previous !== undefined &&
      previous.trim().length >= width * 0.8 &&
      !/[.:;!?]$/.test(previous.trim()) &&
      /^\s*[\p{Ll}\d(]/u.test(line);
    if (wrapped) out[out.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
    else out.push(line);
  }
  return out.join('\n');
}
