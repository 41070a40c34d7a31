import { X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { certificateNames } from './x509-names';

export type CertificateErrorCode = 'password' | 'format' | 'no_key';

const MESSAGES: Record<CertificateErrorCode, string> = {
  password: 'Mật khẩu của tệp chứng thư số không đúng.',
  format: 'Tệp không phải chứng thư số PKCS#12 (.p12, .pfx).',
  no_key: 'Tệp chứng thư số không có khoá riêng để ký.',
};

/** A .p12/.pfx file the officer chose cannot be used to sign; the message is for the screen. */
export class CertificateError extends Error {
  readonly code: CertificateErrorCode;

  constructor(code: CertificateErrorCode, options?: { cause?: unknown }) {
    super(MESSAGES[code], options);
    this.name = 'CertificateError';
    this.code = code;
  }
}

/** What the signing form shows about a certificate before the officer signs with it. */
export interface CertificateInfo {
  /** Common name (CN) of the holder, e.g. "UBND phường Cẩm Bình". */
  subject: string;
  organization: string | null;
  /** Common name (CN) of the issuing CA. */
  issuer: string;
  /** Hexadecimal, as certificate viewers show it. */
  serial: string;
  notBefore: Date;
  notAfter: Date;
  /** SHA-256 of the certificate, colon-separated hex pairs. */
  fingerprintSha256: string;
}

/** What signing needs from a .p12 file, in forms node:crypto and the CMS writer take. */
export interface SigningIdentity {
  privateKeyPem: string;
  /** DER of the certificate that belongs to the key. */
  certificate: Buffer;
  /** DER of every certificate in the file (the key's own and its CA chain). */
  certificates: Buffer[];
}

// forge reports a wrong password only in its message text: the MAC check fails, or, in files
// without a MAC, the decryption does.
const WRONG_PASSWORD = /MAC could not be verified|Invalid password|Failed to decrypt/i;

function openPfx(p12: Buffer, password: string): forge.pkcs12.Pkcs12Pfx {
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary')));
  } catch (cause) {
    throw new CertificateError('format', { cause });
  }
  try {
    // Not strict: files exported by Windows and some CA tools carry slightly loose DER.
    return forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : '';
    throw new CertificateError(WRONG_PASSWORD.test(message) ? 'password' : 'format', { cause });
  }
}

function sameRsaKey(key: forge.pki.rsa.PrivateKey, cert: forge.pki.Certificate): boolean {
  const publicKey = cert.publicKey;
  return 'n' in publicKey && publicKey.n.equals(key.n) && publicKey.e.equals(key.e);
}

/** forge keeps a parsed certificate's original TBS part, so this gives back its exact DER. */
function toDer(cert: forge.pki.Certificate): Buffer {
  return Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
}

/**
 * Opens a PKCS#12 file: the private key (from its first shrouded key bag, as PKCS#12 files
 * from CAs and Windows hold it), the certificate that belongs to it, and the chain.
 * Throws CertificateError: 'format', 'password' or 'no_key'.
 */
export function openSigningIdentity(p12: Buffer, password: string): SigningIdentity {
  const pfx = openPfx(p12, password);
  const keyBagType = forge.pki.oids.pkcs8ShroudedKeyBag;
  const certBagType = forge.pki.oids.certBag;
  if (keyBagType === undefined || certBagType === undefined) throw new CertificateError('format');
  const key = pfx.getBags({ bagType: keyBagType })[keyBagType]?.[0]?.key;
  if (key === undefined) throw new CertificateError('no_key');
  const certificates = (pfx.getBags({ bagType: certBagType })[certBagType] ?? []).flatMap((bag) =>
    bag.cert === undefined ? [] : [bag.cert],
  );
  const certificate = certificates.find((cert) => sameRsaKey(key, cert));
  if (certificate === undefined) throw new CertificateError('no_key');
  return {
    privateKeyPem: forge.pki.privateKeyToPem(key),
    certificate: toDer(certificate),
    certificates: certificates.map(toDer),
  };
}

/**
 * Opens a PKCS#12 (.p12/.pfx) file and describes the certificate of its signing key.
 * Throws CertificateError: 'format' (not PKCS#12), 'password' (wrong), 'no_key' (no usable key).
 */
export function readCertificate(p12: Buffer, password: string): CertificateInfo {
  // Node reads names in UTF-8 (forge leaves UTF8String values as raw bytes) and fingerprints.
  const x509 = new X509Certificate(openSigningIdentity(p12, password).certificate);
  const names = certificateNames(x509);
  return {
    subject: names.commonName,
    organization: names.organization,
    issuer: names.issuerCommonName,
    serial: x509.serialNumber,
    notBefore: new Date(x509.validFrom),
    notAfter: new Date(x509.validTo),
    fingerprintSha256: x509.fingerprint256,
  };
}
