/** What a person checks about a signing certificate; the key itself never leaves the vault. */
export interface CertificateInfo {
  /** The holder (CN), e.g. "UBND phường Cẩm Bình". */
  subject: string;
  organization: string | null;
  /** Who issued it (the CA's CN). */
  issuer: string;
  serial: string;
  fingerprint: string;
  notBefore: Date;
  notAfter: Date;
}

export interface UnitCertificate extends CertificateInfo {
  unitId: string;
  hasSeal: boolean;
  hasSignature: boolean;
  uploadedBy: string;
  uploadedAt: Date;
}

/** Whether a certificate can sign on `at`: not yet valid, valid, or expired. */
export function certificateState(
  cert: Pick<CertificateInfo, 'notBefore' | 'notAfter'>,
  at: Date,
): 'not_yet' | 'valid' | 'expired' {
  if (at < cert.notBefore) return 'not_yet';
  if (at > cert.notAfter) return 'expired';
  return 'valid';
}

/** One signature found in a PDF, as Loa checked it. */
export interface SignatureCheck {
  /** The signer's common name; empty when the signature could not be read at all. */
  signerName: string;
  organization: string | null;
  issuerName: string;
  /** The signing-time attribute, else the signature dictionary's /M. */
  signedAt: Date | null;
  /** The signed bytes are unchanged and the signature over them holds. */
  intact: boolean;
  /** Nothing was appended after signing: the signed range ends where the file does. */
  coversWholeFile: boolean;
  /** The certificate leads to a root this installation trusts. */
  chained: boolean;
  /** The certificate was within its validity period at signedAt. */
  certificateValidAtSigning: boolean;
}
