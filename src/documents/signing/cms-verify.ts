import { X509Certificate, createHash, verify } from 'node:crypto';
import forge from 'node-forge';
import {
  OID,
  TAG,
  isContext,
  issuerAndSerial,
  oidOf,
  readChildren,
  readTlv,
  type Tlv,
} from './der';

/** What a CMS SignedData says about itself, checked against the bytes it claims to sign. */
export interface CmsCheck {
  signer: X509Certificate;
  /** Every certificate the signature carries, the signer's included. */
  certificates: X509Certificate[];
  /** The signing-time attribute, when the signer put one in. */
  signingTime: Date | null;
  /** The signed bytes hash to the message digest, and the signature over the attributes holds. */
  intact: boolean;
}

const HASHES: Record<string, string> = {
  [OID.sha1]: 'sha1',
  [OID.sha256]: 'sha256',
  [OID.sha384]: 'sha384',
  [OID.sha512]: 'sha512',
};

interface SignerInfo {
  sid: Tlv;
  hash: string;
  /** The signed attributes re-tagged as a SET, the bytes the signature covers; null if none. */
  signedAttributes: Buffer | null;
  signature: Buffer;
}

function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`CMS: no ${what}`);
  return value;
}

function signerInfo(item: Tlv): SignerInfo {
  const [, sid, digestAlgorithm, ...rest] = readChildren(item);
  const algorithm = readChildren(present(digestAlgorithm, 'digest algorithm'))[0];
  const hash = HASHES[oidOf(algorithm) ?? ''];
  if (sid === undefined || hash === undefined) throw new Error('CMS: unsupported SignerInfo');
  const attributes = isContext(rest[0], 0) ? rest.shift() : undefined;
  const signature = rest[1];
  if (signature?.tag !== TAG.octetString) throw new Error('CMS: no signature value');
  return {
    sid,
    hash,
    signedAttributes:
      attributes === undefined
        ? null
        : Buffer.concat([Buffer.from([TAG.set]), attributes.raw.subarray(1)]),
    signature: signature.content,
  };
}

/** The values of each signed attribute, by attribute type. */
function attributeValues(signedAttributes: Buffer): Map<string, Tlv[]> {
  const values = new Map<string, Tlv[]>();
  for (const attribute of readChildren(readTlv(signedAttributes))) {
    const [type, set] = readChildren(attribute);
    const id = oidOf(type);
    if (id !== null && set !== undefined) values.set(id, readChildren(set));
  }
  return values;
}

function asDate(item: Tlv | undefined): Date | null {
  if (item === undefined) return null;
  const text = item.content.toString('latin1');
  if (item.tag === TAG.utcTime) return forge.asn1.utcTimeToDate(text);
  if (item.tag === TAG.generalizedTime) return forge.asn1.generalizedTimeToDate(text);
  return null;
}

function signatureHolds(info: SignerInfo, data: Buffer, cert: X509Certificate): boolean {
  try {
    return verify(info.hash, data, cert.publicKey, info.signature);
  } catch {
    // A key or padding node:crypto does not take (RSA-PSS parameters, say) proves nothing.
    return false;
  }
}

/**
 * The signer's certificate: the one named by issuer and serial number; otherwise (a signer
 * named by key identifier) the one whose key the signature verifies with.
 */
function findSigner(info: SignerInfo, certificates: X509Certificate[], signedData: Buffer) {
  const named = certificates.find((cert) => {
    const { issuer, serial } = issuerAndSerial(cert.raw);
    return Buffer.concat([issuer, serial]).equals(info.sid.content);
  });
  return named ?? certificates.find((cert) => signatureHolds(info, signedData, cert));
}

function readCertificates(item: Tlv | undefined): X509Certificate[] {
  if (item === undefined || !isContext(item, 0)) return [];
  return readChildren(item).flatMap((cert) => {
    try {
      return [new X509Certificate(cert.raw)];
    } catch {
      return []; // An attribute certificate or a damaged one: not a signer candidate.
    }
  });
}

/**
 * Parses a detached CMS SignedData (DER, trailing zero padding allowed) and checks it against
 * the bytes it signs. Throws when it is not a SignedData this can read.
 */
export function checkCms(cms: Buffer, signedBytes: Buffer): CmsCheck {
  const [type, wrapped] = readChildren(readTlv(cms));
  if (oidOf(type) !== OID.signedData) throw new Error('CMS: not SignedData');
  const fields = readChildren(present(readChildren(present(wrapped, 'content'))[0], 'content'));
  // version, digestAlgorithms, encapContentInfo, [0] certificates?, [1] crls?, signerInfos
  const certificates = readCertificates(fields[3]);
  const signerInfos = present(fields.at(-1), 'signerInfos');
  const info = signerInfo(present(readChildren(signerInfos)[0], 'SignerInfo'));
  const covered = info.signedAttributes ?? signedBytes;
  const signer = findSigner(info, certificates, covered);
  if (signer === undefined) throw new Error('CMS: signer certificate missing');
  const digest = createHash(info.hash).update(signedBytes).digest();
  const values = info.signedAttributes ? attributeValues(info.signedAttributes) : null;
  // With signed attributes the signature covers them, and they carry the document's digest.
  const digestMatches =
    values === null || values.get(OID.messageDigest)?.[0]?.content.equals(digest) === true;
  return {
    signer,
    certificates,
    signingTime: asDate(values?.get(OID.signingTime)?.[0]),
    intact: digestMatches && signatureHolds(info, covered, signer),
  };
}
