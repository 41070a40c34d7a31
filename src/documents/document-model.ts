/**
 * Plain view models the document renderers take: everything already worded and formatted as it
 * prints, so renderers only lay out (Nghị định 30/2020/NĐ-CP, see shared/domain/document-format.md).
 */

/**
 * A block of body text: a paragraph, a bullet ("- …"), or a numbered heading at some level.
 * `lead` is a bold run-in heading printed before the text on the same line, as in
 * "3. Thời gian: Tuyên truyền thường xuyên từ …" where only "3. Thời gian:" is bold.
 * A bullet's text is given without its "- ", which the renderer adds.
 */
export type BodyBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string } // level 1: "I. MỤC ĐÍCH, YÊU CẦU"; 2: "1. Mục đích"; 3: "a) …"
  | { kind: 'paragraph'; text: string; lead?: string }
  | { kind: 'bullet'; text: string; lead?: string }
  | { kind: 'table'; columns: string[]; rows: string[][]; widths?: number[] }; // widths in percent

export interface DocumentHeader {
  /** Parent body, upper case: "UBND THÀNH PHỐ CẨM PHẢ"; may be empty for a top body. */
  parentBody: string;
  /** Issuing body, upper case: "ỦY BAN NHÂN DÂN PHƯỜNG CẨM BÌNH". */
  issuingBody: string;
  /** "Số: 51/KH-UBND", or "Số:      /KH-UBND" for a draft without a number. */
  numberLine: string;
  /** "Cẩm Bình, ngày 06 tháng 4 năm 2022" or with blanks for a draft. */
  dateLine: string;
}

export interface Signature {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"; empty when signing in one's own name. */
  authority: string;
  /** "CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  position: string;
  /** Full name, e.g. "Nguyễn Công Bằng". */
  signer: string;
}

export interface AdministrativeDocumentModel {
  header: DocumentHeader;
  /** "KẾ HOẠCH" or "BÁO CÁO". */
  documentType: string;
  /** Trích yếu, as one or more lines. */
  summary: string;
  /** Body in order: bases/preamble paragraphs, then sections. */
  body: BodyBlock[];
  /** Recipients lines, each already like "- UBND thành phố Cẩm Phả (b/c);" and the last "- Lưu: VT." */
  recipients: string[];
  signature: Signature;
  /** Marks a draft (watermark-free: a line "DỰ THẢO" above the title). */
  draft: boolean;
}
