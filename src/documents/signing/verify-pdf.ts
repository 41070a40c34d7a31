import { X509Certificate } from 'node:crypto';
import type { SignatureCheck } from '../../domain/documents/certificate';
import { PDFString } from 'pdf-lib';
import { chainsToTrust } from './chain';
import { checkCms, type CmsCheck } from './cms-verify';
import { PdfSigningError } from './signing-errors';
import { certificateNames } from './x509-names';

/** One signature in a PDF, as a person checking a received document needs to see it. */
export type VerifiedSignature = SignatureCheck;

export interface PdfVerification {
  signatures: VerifiedSignature[];
}

/** Signatures read from one file at most. */
const MAX_SIGNATURES = 20;

type ByteRange = [start: number, length: number, resume: number, rest: number];

interface SignatureField {
  byteRange: ByteRange;
  /** Where /ByteRange was found: its signature dictionary is around it. */
  at: number;
}

// Fixed PDF syntax, written by every signer the same way: four integers after /ByteRange.
const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/y;
const CLAIMED_TIME = /\/M\s*\((D:[^)]*)\)/;

/** The file's bytes, and the same as Latin-1 text for searching PDF syntax. */
interface PdfFile {
  bytes: Buffer;
  text: string;
}

/** Every well-formed /ByteRange in the file, in file order (later ones are later revisions). */
function signatureFields({ bytes: pdf, text }: PdfFile): SignatureField[] {
  const fields: SignatureField[] = [];
  const seen = new Set<string>();
  for (let at = text.indexOf('/ByteRange'); at !== -1; at = text.indexOf('/ByteRange', at + 1)) {
    BYTE_RANGE.lastIndex = at;
    const match = BYTE_RANGE.exec(text);
    if (match === null) continue; // An unsigned placeholder, or the word in other text.
    const [start = 0, length = 0, resume = 0, rest = 0] = match.slice(1, 5).map(Number);
    const byteRange: ByteRange = [start, length, resume, rest];
    const sane = start === 0 && length < resume && resume + rest <= pdf.length;
    // The gap between the two ranges is exactly the /Contents hex string, brackets included.
    const gap = sane && pdf[length] === 0x3c && pdf[resume - 1] === 0x3e;
    if (!gap || seen.has(byteRange.join(' '))) continue;
    seen.add(byteRange.join(' '));
    fields.push({ byteRange, at });
  }
  return fields;
}

/** The /M of the signature dictionary around `at` (the object that holds the /ByteRange). */
function claimedTime({ text }: PdfFile, at: number): Date | null {
  const start = Math.max(0, text.lastIndexOf(' obj', at));
  const end = text.indexOf('endobj', at);
  const dictionary = text.slice(start, end === -1 ? undefined : end);
  const date = CLAIMED_TIME.exec(dictionary)?.[1];
  if (date === undefined) return null;
  try {
    return PDFString.of(date).decodeDate();
  } catch {
    return null;
  }
}

function cmsOf(pdf: Buffer, [, length, resume]: ByteRange): Buffer {
  const hex = pdf
    .subarray(length + 1, resume - 1)
    .toString('latin1')
    .replace(/\s+/g, '');
  if (!/^[0-9a-fA-F]*$/.test(hex)) throw new Error('Contents is not a hex string');
  return Buffer.from(hex, 'hex');
}

const UNREADABLE = {
  signerName: '',
  organization: null,
  issuerName: '',
  intact: false,
  chained: false,
  certificateValidAtSigning: false,
};

function validAt(cert: X509Certificate, at: Date | null): boolean {
  return at !== null && new Date(cert.validFrom) <= at && at <= new Date(cert.validTo);
}

function verifyField(
  file: PdfFile,
  field: SignatureField,
  anchors: X509Certificate[],
): VerifiedSignature {
  const pdf = file.bytes;
  const [start, length, resume, rest] = field.byteRange;
  const signedBytes = Buffer.concat([
    pdf.subarray(start, start + length),
    pdf.subarray(resume, resume + rest),
  ]);
  const coversWholeFile = resume + rest === pdf.length;
  let check: CmsCheck;
  try {
    check = checkCms(cmsOf(pdf, field.byteRange), signedBytes);
  } catch {
    // A signature nobody can read is reported, not hidden: the document claims to be signed.
    return { ...UNREADABLE, signedAt: claimedTime(file, field.at), coversWholeFile };
  }
  const signedAt = check.signingTime ?? claimedTime(file, field.at);
  const names = certificateNames(check.signer);
  return {
    signerName: names.commonName,
    organization: names.organization,
    issuerName: names.issuerCommonName,
    signedAt,
    intact: check.intact,
    coversWholeFile,
    chained: chainsToTrust(check.signer, check.certificates, anchors),
    certificateValidAtSigning: validAt(check.signer, signedAt),
  };
}

/**
 * Checks every signature in a PDF: that the signed bytes are unchanged, whether anything was
 * added after signing, and whether the certificate leads to one of `trustedRootsPem`.
 * Revocation (CRL/OCSP) is not checked. Throws PdfSigningError 'not_pdf' for other files.
 */
export function verifySignedPdf(pdf: Buffer, trustedRootsPem: string[]): PdfVerification {
  if (pdf.subarray(0, 1024).indexOf('%PDF-') === -1) throw new PdfSigningError('not_pdf');
  const anchors = trustedRootsPem.map((pem) => new X509Certificate(pem));
  const file = { bytes: pdf, text: pdf.toString('latin1') };
  // A real document carries a few signatures; a crafted one with thousands is read no further.
  const fields = signatureFields(file).slice(0, MAX_SIGNATURES);
  return { signatures: fields.map((field) => verifyField(file, field, anchors)) };
}
