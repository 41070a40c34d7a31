import type { ExtractResult } from '../../extract/extraction.schema';
import type { UnitCsvParse } from '../units/unit-csv';
import type { CertificateInfo, SignatureCheck } from '../documents/certificate';

/** Why a file was refused for the time or memory its reading took; shown to the uploader. */
export const FILE_TOO_COMPLEX_MESSAGE =
  'Tệp quá phức tạp để đọc. Hãy lưu lại tệp bằng Word/Excel rồi thử lại.';

/**
 * Reads uploaded (untrusted) files away from the request path, each read capped in time and
 * memory, so no file can stall the server. Every method throws file_too_complex when the read
 * goes over its cap, unavailable when too many reads are waiting, and validation when the file
 * cannot be read at all.
 */
export interface FileParsers {
  /** The rows of text cells of a .csv or .xlsx (header first). */
  spreadsheet(bytes: Uint8Array): Promise<string[][]>;
  /** The rows of a unit CSV, or the reason the file is not such a table. */
  unitCsv(text: string): Promise<UnitCsvParse>;
  /** Seconds of an audio file of this media type; null when it cannot be measured. */
  audioDuration(mediaType: string, bytes: Uint8Array): Promise<number | null>;
  /** The text and fields of a plan or report (.docx, .pdf, .html, .txt); never throws for a bad file. */
  document(input: { fileName: string; bytes: Uint8Array }): Promise<ExtractResult>;
  /**
   * What a PKCS#12 signing certificate certifies, and the file to keep (written again with few
   * key-derivation rounds); validation naming `certificate` or `password` when it cannot be opened.
   */
  certificate(
    bytes: Uint8Array,
    password: string,
  ): Promise<{ info: CertificateInfo; p12: Uint8Array }>;
  /** The signatures in a PDF, each checked against these roots; validation when it is no PDF. */
  signatures(bytes: Uint8Array, trustedRootsPem: string[]): Promise<SignatureCheck[]>;
}

/**
 * An uploaded table, read when the use case asks for it: after it has checked who may import
 * where, so nobody without the right makes the server parse a file (up to 22 MB of spreadsheet).
 */
export type ReadTable = () => Promise<string[][]>;
