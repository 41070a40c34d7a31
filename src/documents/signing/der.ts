import forge from 'node-forge';

// A tiny DER reader and writer. CMS signatures are checked over exact bytes (the signed
// attributes as they were signed, certificates as their CA wrote them), so both directions work
// on byte slices instead of re-encoding parsed objects.

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
} as const;

export const TAG = {
  integer: 0x02,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utcTime: 0x17,
  generalizedTime: 0x18,
  sequence: 0x30,
  set: 0x31,
} as const;

/** One tag-length-value element: `raw` is all of it, `content` what follows the header. */
export interface Tlv {
  tag: number;
  raw: Buffer;
  content: Buffer;
}

/** Reads the element at `offset`; throws on anything that is not definite-length DER. */
export function readTlv(buffer: Buffer, offset = 0): Tlv {
  const tag = buffer[offset];
  const first = buffer[offset + 1];
  if (tag === undefined || first === undefined) throw new RangeError('DER: truncated');
  if ((tag & 0x1f) === 0x1f) throw new RangeError('DER: multi-byte tags are not supported');
  let length = first;
  let header = 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0 || count > 4) throw new RangeError('DER: unsupported length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (buffer[offset + 2 + i] ?? 0);
    header += count;
  }
  const end = offset + header + length;
  if (end > buffer.length) throw new RangeError('DER: element runs past the end');
  return {
    tag,
    raw: buffer.subarray(offset, end),
    content: buffer.subarray(offset + header, end),
  };
}

/** The elements inside a constructed element. */
export function readChildren(parent: Tlv): Tlv[] {
  const items: Tlv[] = [];
  for (let offset = 0; offset < parent.content.length;) {
    const item = readTlv(parent.content, offset);
    items.push(item);
    offset += item.raw.length;
  }
  return items;
}

export const isContext = (item: Tlv | undefined, n: number): boolean =>
  item !== undefined && (item.tag & 0xdf) === (0x80 | n);

export function oidOf(item: Tlv | undefined): string | null {
  if (item?.tag !== TAG.oid) return null;
  return forge.asn1.derToOid(item.content.toString('binary'));
}

function lengthBytes(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const digits: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) digits.unshift(rest % 256);
  return Buffer.from([0x80 | digits.length, ...digits]);
}

/** Writes one element around the concatenated contents. */
export function tlv(tag: number, ...contents: Buffer[]): Buffer {
  const content = Buffer.concat(contents);
  return Buffer.concat([Buffer.from([tag]), lengthBytes(content.length), content]);
}

export const sequence = (...items: Buffer[]): Buffer => tlv(TAG.sequence, ...items);
export const octets = (bytes: Buffer): Buffer => tlv(TAG.octetString, bytes);
export const nul = (): Buffer => tlv(TAG.null);
export const small = (n: number): Buffer => tlv(TAG.integer, Buffer.from([n]));
export const oid = (id: string): Buffer =>
  tlv(TAG.oid, Buffer.from(forge.asn1.oidToDer(id).getBytes(), 'binary'));
/** [n] around constructed contents: EXPLICIT, or IMPLICIT in place of a SET/SEQUENCE tag. */
export const context = (n: number, ...items: Buffer[]): Buffer => tlv(0xa0 | n, ...items);

/**
 * A DER SET OF: the elements sorted by their encodings (X.690 11.6), which verifiers that
 * re-encode signed attributes rely on.
 */
export function setOf(items: Buffer[]): Buffer {
  const width = Math.max(0, ...items.map((item) => item.length));
  const padded = (item: Buffer) => Buffer.concat([item, Buffer.alloc(width - item.length)]);
  return tlv(TAG.set, ...[...items].sort((a, b) => Buffer.compare(padded(a), padded(b))));
}

/** The serial number and issuer name of a certificate, byte for byte as its CA wrote them. */
export function issuerAndSerial(certificate: Buffer): { issuer: Buffer; serial: Buffer } {
  const [tbsCertificate] = readChildren(readTlv(certificate));
  if (tbsCertificate === undefined) throw new Error('not an X.509 certificate');
  const tbs = readChildren(tbsCertificate);
  // The version field [0] is absent from version 1 certificates.
  const first = isContext(tbs[0], 0) ? 1 : 0;
  const serial = tbs[first];
  const issuer = tbs[first + 2];
  if (serial === undefined || issuer === undefined) throw new Error('not an X.509 certificate');
  return { issuer: issuer.raw, serial: serial.raw };
}
