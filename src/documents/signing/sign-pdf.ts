import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { PDFDocument } from 'pdf-lib';
import type { PDFPage } from 'pdf-lib';
import { p12SigningKey, type SigningKey } from './signing-key';
import { CadesSigner } from './cms-signer';
import { drawAttachmentBox, drawIssuedStamp, type Rect } from './draw-stamp';
import { pdfTextLiteral } from './pdf-text';
import { findSignatureBlock } from './signature-block';
import { PdfSigningError } from './signing-errors';
import { vietnamTime } from './vietnam-time';

/** Who signs, with what, and when; shared by issued documents and their attachments. */
export interface SigningInput {
  /** PKCS#12 (.p12/.pfx) holding the unit's key and certificate, and its password… */
  p12?: Buffer;
  password?: string;
  /** …or a key held elsewhere (a USB token), used instead when given. */
  key?: SigningKey;
  signedAt: Date;
  /** The issuing body as the stamp names it, e.g. "UBND phường Cẩm Bình". */
  bodyName: string;
  reason?: string;
  location?: string;
}

export interface IssuedSigningInput extends SigningInput {
  /** The signer's name and position as printed in the signature block. */
  signerName: string;
  signerPosition: string;
  /** PNG of the head's handwritten signature, transparent background. */
  signatureImage?: Buffer | null;
  /** PNG of the unit's seal, red on a transparent background. */
  sealImage?: Buffer | null;
}

export interface AttachmentSigningInput extends SigningInput {
  /** Number and symbol of the document it is attached to, e.g. "51/KH-UBND". */
  numberText: string;
}

// PAdES (ETSI.CAdES.detached): CadesSigner writes the CAdES attributes PAdES requires.
// @signpdf/signer-p12 is not used: see CadesSigner for why.
const SUB_FILTER = SUBFILTER_ETSI_CADES_DETACHED;
const DEFAULT_REASON = 'Ký số văn bản ban hành';

/** The key that signs: the one given, or the PKCS#12 file's (CertificateError if it is wrong). */
function keyOf(input: SigningInput): SigningKey {
  if (input.key) return input.key;
  return p12SigningKey(input.p12 ?? Buffer.alloc(0), input.password ?? '');
}

/** The first bytes of a PDF; readers allow some junk before them, so look a little way in. */
function assertPdf(pdf: Buffer): void {
  if (pdf.subarray(0, 1024).indexOf('%PDF-') === -1) throw new PdfSigningError('not_pdf');
  // pdf-lib rewrites the whole file, which would break any signature already in it.
  if (pdf.includes('/ByteRange')) throw new PdfSigningError('already_signed');
}

async function load(pdf: Buffer): Promise<PDFDocument> {
  assertPdf(pdf);
  let doc: PDFDocument;
  try {
    // Keep the producer and dates LibreOffice wrote: the stamp is not a new document.
    doc = await PDFDocument.load(pdf, { updateMetadata: false });
  } catch (error) {
    throw new PdfSigningError('not_pdf', error instanceof Error ? error.message : String(error));
  }
  if (doc.getPageCount() === 0) throw new PdfSigningError('not_pdf', 'no pages');
  return doc;
}

function stampLines(input: SigningInput): { signedBy: string; time: string; iso: string } {
  const time = vietnamTime(input.signedAt);
  return {
    signedBy: `Ký bởi: ${input.bodyName}`,
    time: `Thời gian ký: ${time.display}`,
    iso: time.iso,
  };
}

/** Adds the signature field over `rect`, saves, and signs the saved bytes. */
async function sign(
  doc: PDFDocument,
  page: PDFPage,
  rect: Rect,
  identity: SigningKey,
  input: SigningInput,
): Promise<Buffer> {
  pdflibAddPlaceholder({
    pdfDoc: doc,
    pdfPage: page,
    name: pdfTextLiteral(input.bodyName),
    reason: pdfTextLiteral(input.reason ?? DEFAULT_REASON),
    location: pdfTextLiteral(input.location ?? ''),
    contactInfo: '',
    // The claimed signing time of a PAdES signature: /M in the signature dictionary.
    signingTime: input.signedAt,
    subFilter: SUB_FILTER,
    widgetRect: rect,
    appName: 'Loa',
  });
  // Classic cross-reference tables: the signer finds the placeholder by a byte scan.
  const unsigned = Buffer.from(await doc.save({ useObjectStreams: false }));
  return new SignPdf().sign(unsigned, new CadesSigner(identity));
}

/**
 * Signs an issued document's PDF with the unit's certificate: draws the head's signature, the
 * seal and the signature details in the signature block of the last page, then signs the file.
 * Throws CertificateError (p12/password) or PdfSigningError ('not_pdf', 'already_signed',
 * 'no_font').
 */
export async function signIssuedPdf(pdf: Buffer, input: IssuedSigningInput): Promise<Buffer> {
  // Before any work: a wrong password should say so, not fail deep inside the signer.
  const identity = keyOf(input);
  const doc = await load(pdf);
  const page = doc.getPage(doc.getPageCount() - 1);
  const block = await findSignatureBlock(pdf, input.signerName, input.signerPosition);
  const lines = stampLines(input);
  const rect = await drawIssuedStamp(doc, page, {
    block,
    signatureImage: input.signatureImage ?? null,
    sealImage: input.sealImage ?? null,
    lines: [lines.signedBy, lines.time, lines.iso],
  });
  return sign(doc, page, rect, identity, input);
}

/**
 * Signs an attachment (appendix) of an issued document: no images, only a small box in the top
 * right of the first page naming the body, the parent document's number and the time.
 * Throws CertificateError or PdfSigningError as signIssuedPdf does.
 */
export async function stampAttachment(pdf: Buffer, input: AttachmentSigningInput): Promise<Buffer> {
  const identity = keyOf(input);
  const doc = await load(pdf);
  const page = doc.getPage(0);
  const lines = stampLines(input);
  const rect = await drawAttachmentBox(doc, page, [
    lines.signedBy,
    `Kèm theo văn bản số: ${input.numberText}`,
    lines.time,
    lines.iso,
  ]);
  return sign(doc, page, rect, identity, input);
}
