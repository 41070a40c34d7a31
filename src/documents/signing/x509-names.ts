import type { X509Certificate } from 'node:crypto';

/** The parts of a certificate a user recognises it by. */
export interface CertificateNames {
  /** The common name (CN), e.g. "UBND phường Cẩm Bình". */
  commonName: string;
  organization: string | null;
  issuerCommonName: string;
}

/**
 * Node's legacy object gives name attributes unescaped and in UTF-8 (the `subject` string escapes
 * commas and quotes); an attribute that occurs twice comes back as an array, so take the last,
 * the most specific one.
 */
function attribute(name: unknown, key: string): string | null {
  if (typeof name !== 'object' || name === null) return null;
  const value: unknown = (name as Record<string, unknown>)[key];
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const last: unknown = value.at(-1);
    return typeof last === 'string' ? last : null;
  }
  return null;
}

/** Reads CN and O of the subject and CN of the issuer, falling back to the whole name. */
export function certificateNames(cert: X509Certificate): CertificateNames {
  const legacy = cert.toLegacyObject();
  return {
    commonName: attribute(legacy.subject, 'CN') ?? cert.subject,
    organization: attribute(legacy.subject, 'O'),
    issuerCommonName: attribute(legacy.issuer, 'CN') ?? cert.issuer,
  };
}
