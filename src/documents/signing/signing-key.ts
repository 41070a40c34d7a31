import { createPrivateKey, sign } from 'node:crypto';
import { openSigningIdentity } from './certificate-info';

/**
 * Whatever holds the signer's private key, as the CMS signer uses it: the certificate, its chain,
 * and a signature over bytes. A PKCS#12 file kept by Loa is one (`p12SigningKey`); a USB token
 * (PKCS#11, where the key never leaves the device) would be another, plugged in here.
 */
export interface SigningKey {
  /** DER of the signer's certificate. */
  certificate: Buffer;
  /** DER of every certificate to put in the signature (the signer's and its CA chain). */
  certificates: Buffer[];
  /** An RSA PKCS#1 v1.5 signature over the SHA-256 of `data`. */
  sign(data: Buffer): Promise<Buffer>;
}

/** The key of a PKCS#12 file; throws CertificateError for a wrong file or password. */
export function p12SigningKey(p12: Buffer, password: string): SigningKey {
  const identity = openSigningIdentity(p12, password);
  const key = createPrivateKey(identity.privateKeyPem);
  return {
    certificate: identity.certificate,
    certificates: identity.certificates,
    sign: async (data) => sign('sha256', data, key),
  };
}
