import forge from 'node-forge';
import type { CertificateInfo } from '../../domain/documents/certificate';
import { invalid } from '../../domain/shared/domain-error';
import { CertificateError, readCertificate } from '../../documents/signing/certificate-info';

/** The key-derivation rounds of a kept file: each signature opens it again on the server. */
const KEPT_ROUNDS = 2048;

/**
 * Writes the file again with a fixed number of key-derivation rounds. The sender chooses the
 * rounds of the file they upload (a few million would take the server seconds per signature);
 * here, in the capped parser pool, that cost is paid once and never again.
 */
function repack(p12: Buffer, password: string): Buffer {
  const pfx = forge.pkcs12.pkcs12FromAsn1(
    forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary'))),
    false,
    password,
  );
  const keyBag = forge.pki.oids.pkcs8ShroudedKeyBag ?? '';
  const certBag = forge.pki.oids.certBag ?? '';
  const key = pfx.getBags({ bagType: keyBag })[keyBag]?.[0]?.key;
  const certs = (pfx.getBags({ bagType: certBag })[certBag] ?? []).flatMap((b) =>
    b.cert ? [b.cert] : [],
  );
  if (!key) throw new CertificateError('no_key');
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, certs, password, {
    algorithm: 'aes256',
    count: KEPT_ROUNDS,
  });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

/**
 * Reads an uploaded PKCS#12 certificate (in the parser pool): what it certifies, and the file
 * to keep. A wrong password or a file that is no certificate is refused against its field.
 */
export function inspectCertificate(
  bytes: Uint8Array,
  password: string,
): { info: CertificateInfo; p12: Uint8Array } {
  const file = Buffer.from(bytes);
  try {
    const read = readCertificate(file, password);
    const { fingerprintSha256, ...rest } = read;
    return { info: { ...rest, fingerprint: fingerprintSha256 }, p12: repack(file, password) };
  } catch (error) {
    if (error instanceof CertificateError)
      throw invalid(error.code === 'password' ? 'password' : 'certificate', error.message);
    // Any other failure to read an uploaded file means it is no certificate Loa can sign with.
    throw invalid('certificate', new CertificateError('format').message);
  }
}
