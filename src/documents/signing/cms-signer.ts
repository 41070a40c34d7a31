import { createHash } from 'node:crypto';
import { Signer } from '@signpdf/utils';
import type { SigningKey } from './signing-key';
import {
  OID,
  context,
  issuerAndSerial,
  nul,
  octets,
  oid,
  sequence,
  setOf,
  small,
  tlv,
} from './der';

const sha256 = (bytes: Buffer): Buffer => createHash('sha256').update(bytes).digest();

const attribute = (type: string, value: Buffer): Buffer => sequence(oid(type), setOf([value]));

/**
 * ESS signing-certificate-v2 (RFC 5035): the hash of the signer's certificate inside the signed
 * attributes, so the certificate cannot be swapped for another with the same key. CAdES, and
 * so PAdES, require it.
 */
function signingCertificateV2(certificate: Buffer): Buffer {
  const { issuer, serial } = issuerAndSerial(certificate);
  // hashAlgorithm is left out: its default is SHA-256. GeneralName directoryName is [4].
  const issuerSerial = sequence(sequence(context(4, issuer)), serial);
  const essCertId = sequence(octets(sha256(certificate)), issuerSerial);
  return sequence(sequence(essCertId));
}

/**
 * Writes CMS SignedData for a PDF signature by hand instead of with forge's PKCS#7 (which
 * @signpdf/signer-p12 uses): forge re-encodes the issuer's UTF-8 name in the signer
 * identifier, so a CA named in Vietnamese produced signatures no reader could match to their
 * certificate. This writes the bytes from the certificate itself and signs with node:crypto.
 *
 * The result is a PAdES baseline B-B signature (ETSI EN 319 142-1): SHA-256, content-type,
 * message-digest and signing-certificate-v2, and no signing-time attribute (PAdES takes the
 * claimed time from the signature dictionary's /M, which the placeholder writes).
 */
export class CadesSigner extends Signer {
  constructor(private readonly key: SigningKey) {
    super();
  }

  override async sign(content: Buffer): Promise<Buffer> {
    const { certificate, certificates } = this.key;
    const { issuer, serial } = issuerAndSerial(certificate);
    const attributes = [
      attribute(OID.contentType, oid(OID.data)),
      attribute(OID.messageDigest, octets(sha256(content))),
      attribute(OID.signingCertificateV2, signingCertificateV2(certificate)),
    ];
    // The signature covers the attributes encoded as a SET; in SignerInfo they carry [0].
    const signedAttributes = setOf(attributes);
    const signature = await this.key.sign(signedAttributes);
    const implicitAttributes = Buffer.concat([Buffer.from([0xa0]), signedAttributes.subarray(1)]);
    const sha256Algorithm = sequence(oid(OID.sha256));
    const signerInfo = sequence(
      small(1),
      sequence(issuer, serial),
      sha256Algorithm,
      implicitAttributes,
      sequence(oid(OID.rsaEncryption), nul()),
      octets(signature),
    );
    const signedData = sequence(
      small(1),
      setOf([sha256Algorithm]),
      // Detached: the content is the PDF around the signature, so it is not repeated here.
      sequence(oid(OID.data)),
      // Every certificate in the file, so a verifier can build the chain without fetching.
      context(0, ...certificates),
      tlv(0x31, signerInfo),
    );
    return sequence(oid(OID.signedData), context(0, signedData));
  }
}
