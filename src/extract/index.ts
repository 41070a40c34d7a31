import { ExtractError, MESSAGES } from './errors';
import { extractFields, MAX_LISTED } from './extract-fields';
import { ExtractResultSchema, type ExtractResult } from './extraction.schema';
import { normalizeText } from './normalize';
import { PART_LABELS } from './part-labels';
import { readDocument } from './readers/read-document';

export type { ExtractResult, Extraction, Sources, Span } from './extraction.schema';

/** Characters of normalized text the rules look at; a plan or report is far shorter. */
export const MAX_ANALYSED_CHARS = 1_000_000;

/**
 * Reads one uploaded file and extracts the fields of SCHEMA.md, with the normalized text and
 * the span each field was read from; never throws: a bad file gives `{ ok: false, error }`.
 */
export async function extractDocument(input: {
  fileName: string;
  bytes: Uint8Array;
}): Promise<ExtractResult> {
  try {
    const raw = await readDocument(input.fileName, input.bytes);
    let text = normalizeText(raw.text);
    const warnings = [...raw.warnings];
    if (text.length > MAX_ANALYSED_CHARS) {
      text = text.slice(0, MAX_ANALYSED_CHARS);
      warnings.push(
        `Văn bản quá dài; chỉ phân tích ${MAX_ANALYSED_CHARS.toLocaleString('vi-VN')} ký tự đầu.`,
      );
    }
    if (!/\p{L}{2,}/u.test(text)) throw new ExtractError('no_text', MESSAGES.noText);
    const { extraction, sources, cut } = extractFields(input.fileName, text);
    for (const path of cut) warnings.push(MESSAGES.listCut(PART_LABELS[path] ?? path, MAX_LISTED));
    return ExtractResultSchema.parse({
      ok: true,
      extraction,
      sources,
      text,
      format: raw.format,
      warnings,
    });
  } catch (e) {
    const error =
      e instanceof ExtractError
        ? { code: e.code, message: e.message }
        : { code: 'read_failed' as const, message: MESSAGES.readFailed };
    return { ok: false, file: input.fileName, error };
  }
}
