import { X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { CertificateError, readCertificate } from './certificate-info';
import { issueUnitCertificate } from './demo-ca';
import { ISSUED_AT, PASSWORD, UNIT, demoSigner } from './signing-test-kit';

const signer = demoSigner();

function refusal(p12: Buffer, password: string): CertificateError {
  try {
    readCertificate(p12, password);
  } catch (error) {
    if (error instanceof CertificateError) return error;
    throw error;
  }
  throw new Error('the certificate was accepted');
}

describe('readCertificate', () => {
  it('describes the unit certificate from the demo CA, Vietnamese names intact', () => {
    const info = readCertificate(signer.p12, PASSWORD);
    expect(info).toMatchObject({
      subject: UNIT,
      organization: 'Ủy ban nhân dân phường Cẩm Bình',
      issuer: 'Loa – CA thử nghiệm Cẩm Phả',
      notBefore: ISSUED_AT,
      notAfter: new Date('2025-01-01T00:00:00Z'),
    });
    expect(info.serial).toMatch(/^[0-9A-F]{16,}$/);
    expect(info.fingerprintSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  });

  it('gives each certificate its own serial number', () => {
    const again = issueUnitCertificate(signer.ca, {
      commonName: UNIT,
      organization: 'Ủy ban nhân dân phường Cẩm Bình',
      now: ISSUED_AT,
      password: PASSWORD,
    });
    expect(readCertificate(again, PASSWORD).serial).not.toBe(
      readCertificate(signer.p12, PASSWORD).serial,
    );
  });

  it('says the password is wrong, in Vietnamese', () => {
    const error = refusal(signer.p12, 'sai mật khẩu');
    expect(error.code).toBe('password');
    expect(error.message).toBe('Mật khẩu của tệp chứng thư số không đúng.');
  });

  it('says a file that is not PKCS#12 is not a certificate file', () => {
    expect(refusal(Buffer.from('%PDF-1.7 not a certificate'), PASSWORD).code).toBe('format');
    expect(refusal(Buffer.alloc(0), PASSWORD).code).toBe('format');
    const certificateOnly = Buffer.from(new X509Certificate(signer.ca.certPem).raw);
    expect(refusal(certificateOnly, PASSWORD).message).toBe(
      'Tệp không phải chứng thư số PKCS#12 (.p12, .pfx).',
    );
  });

  it('says a PKCS#12 file without a private key cannot sign', () => {
    const cert = forge.pki.certificateFromPem(signer.ca.certPem);
    const asn1 = forge.pkcs12.toPkcs12Asn1(null, [cert], PASSWORD, { algorithm: 'aes256' });
    const noKey = Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
    expect(refusal(noKey, PASSWORD).code).toBe('no_key');
  });
});

describe('the demo CA', () => {
  it('issues a root valid ten years and a signing-only unit certificate valid three', () => {
    const root = new X509Certificate(signer.ca.certPem);
    expect(root.ca).toBe(true);
    expect(new Date(root.validTo)).toEqual(new Date('2032-01-01T00:00:00Z'));
    const p12 = forge.pkcs12.pkcs12FromAsn1(
      forge.asn1.fromDer(signer.p12.toString('binary')),
      PASSWORD,
    );
    const bags = p12.getBags({ bagType: forge.pki.oids.certBag ?? '' });
    const certs = Object.values(bags)
      .flat()
      .flatMap((bag) => (bag?.cert ? [bag.cert] : []));
    expect(certs).toHaveLength(2);
    const unit = certs.find((cert) => !cert.isIssuer(cert)); // the one not self-signed
    if (unit === undefined) throw new Error('no unit certificate in the file');
    expect(unit.getExtension('keyUsage')).toMatchObject({
      digitalSignature: true,
      nonRepudiation: true,
      keyEncipherment: false,
    });
    const der = forge.asn1.toDer(forge.pki.certificateToAsn1(unit)).getBytes();
    const unitX509 = new X509Certificate(Buffer.from(der, 'binary'));
    expect(unitX509.verify(root.publicKey)).toBe(true);
    expect(unitX509.checkIssued(root)).toBe(true);
  });
});
