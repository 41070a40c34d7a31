import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

/**
 * A small local certificate authority for demos and tests only. Real units sign with a
 * certificate from a licensed Vietnamese CA (VNPT-CA, Viettel-CA, Ban Cơ yếu...), never this.
 */
export interface CertificateAuthority {
  certPem: string;
  keyPem: string;
}

export interface UnitCertificateInput {
  /** The signer as the certificate names it, e.g. "UBND phường Cẩm Bình". */
  commonName: string;
  organization: string;
  province?: string;
  now: Date;
  /** Protects the .p12 file; the signing form asks the officer for it. */
  password: string;
}

const CA_YEARS = 10;
const UNIT_YEARS = 3;

// @types/node-forge types valueTagClass as asn1.Class, but forge reads it as the universal
// tag of the value (asn1.Type). UTF8String is what keeps "Cẩm Bình" intact in the subject.
const UTF8 = forge.asn1.Type.UTF8 as unknown as forge.asn1.Class;

/** Node's native key generation takes milliseconds; forge's pure-JS one takes seconds. */
function newKeyPair(): {
  publicKey: forge.pki.rsa.PublicKey;
  privateKey: forge.pki.rsa.PrivateKey;
} {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const privatePem = pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  return {
    publicKey: forge.pki.publicKeyFromPem(publicPem),
    privateKey: forge.pki.privateKeyFromPem(privatePem),
  };
}

/** A positive 128-bit serial: unique enough that two demo certificates never collide. */
function randomSerial(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return bytes.toString('hex');
}

function addYears(date: Date, years: number): Date {
  const next = new Date(date.getTime());
  next.setUTCFullYear(next.getUTCFullYear() + years);
  return next;
}

function newCertificate(
  publicKey: forge.pki.rsa.PublicKey,
  now: Date,
  years: number,
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = randomSerial();
  cert.validity.notBefore = now;
  cert.validity.notAfter = addYears(now, years);
  return cert;
}

/** Creates a self-signed root, valid for ten years from `now`. */
export function makeCertificateAuthority(input: {
  commonName: string;
  now: Date;
}): CertificateAuthority {
  const keys = newKeyPair();
  const cert = newCertificate(keys.publicKey, input.now, CA_YEARS);
  const name: forge.pki.CertificateField[] = [
    { shortName: 'C', value: 'VN' },
    { shortName: 'CN', value: input.commonName, valueTagClass: UTF8 },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return {
    certPem: forge.pki.certificateToPem(cert),
    keyPem: forge.pki.privateKeyToPem(keys.privateKey),
  };
}

function unitSubject(input: UnitCertificateInput): forge.pki.CertificateField[] {
  return [
    { shortName: 'C', value: 'VN' },
    ...(input.province ? [{ shortName: 'ST', value: input.province, valueTagClass: UTF8 }] : []),
    { shortName: 'O', value: input.organization, valueTagClass: UTF8 },
    { shortName: 'CN', value: input.commonName, valueTagClass: UTF8 },
  ];
}

/**
 * forge hands back parsed UTF8String values as raw UTF-8 bytes but encodes them again when
 * writing, so the CA's own name must be decoded first or the issuer would not match its subject.
 */
function decodedAttributes(attributes: forge.pki.CertificateField[]): forge.pki.CertificateField[] {
  return attributes.map((attribute) =>
    attribute.valueTagClass === UTF8 && typeof attribute.value === 'string'
      ? { ...attribute, value: forge.util.decodeUtf8(attribute.value) }
      : attribute,
  );
}

/**
 * Issues a three-year signing certificate for a unit and returns it as a PKCS#12 file holding
 * the private key, the unit's certificate and the CA certificate (so verifiers get the chain).
 */
export function issueUnitCertificate(
  ca: CertificateAuthority,
  input: UnitCertificateInput,
): Buffer {
  const caCert = forge.pki.certificateFromPem(ca.certPem);
  const caKey = forge.pki.privateKeyFromPem(ca.keyPem);
  const keys = newKeyPair();
  const cert = newCertificate(keys.publicKey, input.now, UNIT_YEARS);
  cert.setSubject(unitSubject(input));
  cert.setIssuer(decodedAttributes(caCert.subject.attributes));
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    // Signing documents only: no encipherment, so the key cannot pass for a TLS or mail key.
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
    {
      name: 'authorityKeyIdentifier',
      keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes(),
    },
  ]);
  cert.sign(caKey, forge.md.sha256.create());
  // AES-256 for the key and certificates; forge's MAC is HMAC-SHA1, which OpenSSL 3, Windows
  // and @signpdf/signer-p12 all accept.
  const pfx = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert, caCert], input.password, {
    algorithm: 'aes256',
    friendlyName: input.commonName,
  });
  return Buffer.from(forge.asn1.toDer(pfx).getBytes(), 'binary');
}
