import { ExtractError, MESSAGES } from '../errors';
import { detectType } from './detect-type';
import { decodeText, truncateUtf8, type TextEncoding } from './text-decode';

export type DocumentFormat = 'txt' | 'docx' | 'pdf' | 'html';

export interface RawDocument {
  format: DocumentFormat;
  text: string;
  warnings: string[];
}

const MB = 1024 * 1024;
/** Larger uploads are refused outright. */
export const MAX_FILE_BYTES = 64 * MB;
/** Only this much of a text or web page is read: a real plan is far shorter. */
export const MAX_TEXT_BYTES = 2 * MB;

const ENCODING_NOTES: Partial<Record<TextEncoding, string>> = {
  tcvn3:
    'Tệp dùng bảng mã cũ TCVN3 (ABC); đã chuyển sang Unicode, hãy kiểm tra lại chữ hoa có dấu.',
  vni: 'Tệp dùng bảng mã cũ VNI; đã chuyển sang Unicode, hãy kiểm tra lại.',
  'windows-1258': 'Tệp dùng bảng mã Windows-1258; đã chuyển sang Unicode.',
  'windows-1252':
    'Tệp không phải UTF-8 và không nhận ra bảng mã tiếng Việt; chữ có dấu có thể bị sai.',
};

/**
 * Reads any supported file into plain text, choosing the reader by content, not by name. Each
 * reader's parser is loaded on the first file that needs it: a plain text never loads pdf.js.
 */
export async function readDocument(fileName: string, bytes: Uint8Array): Promise<RawDocument> {
  if (bytes.length === 0) throw new ExtractError('empty', MESSAGES.empty);
  if (bytes.length > MAX_FILE_BYTES)
    throw new ExtractError('too_large', MESSAGES.tooLarge(Math.round(bytes.length / MB)));
  const detected = detectType(bytes);
  switch (detected.type) {
    case 'pdf': {
      const { readPdf } = await import('./pdf-reader');
      return { format: 'pdf', text: await readPdf(bytes), warnings: [] };
    }
    case 'zip': {
      const { readDocx } = await import('./docx-reader');
      return { format: 'docx', text: readDocx(bytes), warnings: [] };
    }
    case 'binary':
      throw new ExtractError('not_a_document', MESSAGES.notDocument(detected.what));
    case 'unsupported':
      throw new ExtractError('unsupported_type', MESSAGES.unsupported(detected.what));
    case 'text':
      return readTextual(fileName, bytes);
  }
}

async function readTextual(fileName: string, bytes: Uint8Array): Promise<RawDocument> {
  const warnings: string[] = [];
  let slice = bytes;
  if (bytes.length > MAX_TEXT_BYTES) {
    slice = truncateUtf8(bytes, MAX_TEXT_BYTES);
    if (slice.length % 2 === 1 && (bytes[0] === 0xff || bytes[0] === 0xfe))
      slice = slice.subarray(0, slice.length - 1);
    warnings.push(
      `Tệp dài ${Math.round(bytes.length / MB)} MB; chỉ phân tích ${MAX_TEXT_BYTES / MB} MB đầu.`,
    );
  }
  const decoded = decodeText(slice);
  const note = ENCODING_NOTES[decoded.encoding];
  if (note) warnings.push(note);
  if (!decoded.text.trim()) throw new ExtractError('empty', MESSAGES.empty);
  const isHtml =
    /\.x?html?$/i.test(fileName) ||
    /^\s*(<!doctype html|<html|<head|<body)/i.test(decoded.text.slice(0, 2000));
  if (!isHtml) return { format: 'txt', text: decoded.text, warnings };
  const { readHtml } = await import('./html-reader');
  return { format: 'html', text: readHtml(decoded.text), warnings };
}
