import fontkit from '@pdf-lib/fontkit';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { P12Signer } from '@signpdf/signer-p12';
import { SignPdf } from '@signpdf/signpdf';
import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import { getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { CertificateError } from './certificate-info';
import { issueUnitCertificate, makeCertificateAuthority } from './demo-ca';
import { p12SigningKey, type SigningKey } from './signing-key';
import { signIssuedPdf } from './sign-pdf';
import { PdfSigningError } from './signing-errors';
import { ISSUED_AT, PASSWORD, SIGNED_AT, UNIT, demoSigner } from './signing-test-kit';
import { verifySignedPdf } from './verify-pdf';

// These tests need no LibreOffice: a two-page PDF made with pdf-lib stands in for a document
// whose signature block cannot be found, so the stamp goes to the lower right.

const signer = demoSigner();
// A second CA, named in ASCII because node-forge's signer (used below) cannot handle the
// Vietnamese CA name of demoSigner; its unit certificate claims the same unit name.
const otherCa = makeCertificateAuthority({ commonName: 'Other CA', now: ISSUED_AT });
const otherP12 = issueUnitCertificate(otherCa, {
  commonName: UNIT,
  organization: UNIT,
  now: ISSUED_AT,
  password: PASSWORD,
});
const input = {
  p12: signer.p12,
  password: PASSWORD,
  signedAt: SIGNED_AT,
  bodyName: UNIT,
  signerName: 'Người không có trong văn bản',
  signerPosition: 'CHỦ TỊCH',
};

async function twoPagePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(
    await readFile('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'),
    { subset: true },
  );
  for (const text of ['Trang một', 'Trang hai']) {
    doc.addPage([595, 842]).drawText(text, { x: 72, y: 760, size: 14, font });
  }
  return Buffer.from(await doc.save());
}

/** Where a text sits on the last page, in PDF points. */
async function positionOf(pdf: Buffer, text: string): Promise<{ x: number; y: number } | null> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const page = await document.getPage(document.numPages);
  const { items } = await page.getTextContent();
  for (const item of items) {
    if ('str' in item && item.str.normalize('NFC').includes(text)) {
      return { x: Number(item.transform[4]), y: Number(item.transform[5]) };
    }
  }
  return null;
}

describe('verifySignedPdf', () => {
  let unsigned: Buffer;
  let signed: Buffer;

  beforeAll(async () => {
    unsigned = await twoPagePdf();
    signed = await signIssuedPdf(unsigned, input);
  });

  it('finds no signature in an unsigned PDF', () => {
    expect(verifySignedPdf(unsigned, [signer.ca.certPem])).toEqual({ signatures: [] });
  });

  it('refuses a file that is not a PDF, in Vietnamese', () => {
    const attempt = () => verifySignedPdf(Buffer.from('PK\x03\x04 a zip'), []);
    expect(attempt).toThrow(PdfSigningError);
    expect(attempt).toThrow('Tệp không phải tài liệu PDF.');
  });

  it('stamps the lower right of the last page when the signer is not found', async () => {
    const at = await positionOf(signed, `Ký bởi: ${UNIT}`);
    expect(at).not.toBeNull();
    expect(at?.x).toBeGreaterThan(595 / 2);
    expect(at?.y).toBeLessThan(842 / 3);
  });

  it('sees bytes appended after signing: still intact, but no longer the whole file', () => {
    const appended = Buffer.concat([signed, Buffer.from('\n% added later\n')]);
    const [signature] = verifySignedPdf(appended, [signer.ca.certPem]).signatures;
    expect(signature).toMatchObject({ intact: true, coversWholeFile: false, chained: true });
  });

  it('says the certificate was not valid when signed after it expired', async () => {
    const late = await signIssuedPdf(unsigned, { ...input, signedAt: new Date('2026-01-01') });
    const [signature] = verifySignedPdf(late, [signer.ca.certPem]).signatures;
    expect(signature).toMatchObject({ intact: true, certificateValidAtSigning: false });
    expect(signature?.signedAt).toEqual(new Date('2026-01-01'));
  });

  it('is not chained when the unit certificate comes from another CA', async () => {
    const forged = await signIssuedPdf(unsigned, { ...input, p12: otherP12 });
    const [signature] = verifySignedPdf(forged, [signer.ca.certPem]).signatures;
    expect(signature).toMatchObject({ signerName: UNIT, intact: true, chained: false });
  });
});

describe('verifySignedPdf on signatures made elsewhere', () => {
  it('reads a forge PKCS#7 signature, taking the time from its signing-time attribute', async () => {
    // @signpdf/signer-p12 (node-forge) writes signing-time into the CMS, as many tools do.
    const doc = await PDFDocument.load(await twoPagePdf());
    pdflibAddPlaceholder({ pdfDoc: doc, reason: '', contactInfo: '', name: '', location: '' });
    const unsignedBytes = Buffer.from(await doc.save({ useObjectStreams: false }));
    const attributeTime = new Date('2022-03-01T01:00:00Z');
    const signer = new P12Signer(otherP12, { passphrase: PASSWORD });
    const signedBytes = await new SignPdf().sign(unsignedBytes, signer, attributeTime);
    const [signature] = verifySignedPdf(signedBytes, [otherCa.certPem]).signatures;
    expect(signature).toMatchObject({ intact: true, chained: true, signedAt: attributeTime });
  });
});

describe('a key held elsewhere (the port a USB token would use)', () => {
  it('signs through the key’s own sign call, never handing over the private key', async () => {
    const file = p12SigningKey(signer.p12, PASSWORD);
    const asked: number[] = [];
    // Stands in for a device: it signs what it is given and is asked exactly once.
    const token: SigningKey = {
      certificate: file.certificate,
      certificates: file.certificates,
      sign: async (data) => {
        asked.push(data.length);
        return file.sign(data);
      },
    };
    const { p12: _p12, password: _password, ...rest } = input;
    const signed = await signIssuedPdf(await twoPagePdf(), { ...rest, key: token });
    expect(asked).toHaveLength(1);
    const [signature] = verifySignedPdf(signed, [signer.ca.certPem]).signatures;
    expect(signature).toMatchObject({ signerName: UNIT, intact: true, chained: true });
  });
});

describe('signIssuedPdf refusals', () => {
  it('says the password is wrong before doing any work', async () => {
    const attempt = signIssuedPdf(Buffer.from('%PDF-1.7'), { ...input, password: 'sai' });
    await expect(attempt).rejects.toBeInstanceOf(CertificateError);
    await expect(attempt).rejects.toMatchObject({ code: 'password' });
  });

  it('will not sign over a signature, which rewriting would break', async () => {
    const once = await signIssuedPdf(await twoPagePdf(), input);
    const attempt = signIssuedPdf(once, input);
    await expect(attempt).rejects.toMatchObject({ reason: 'already_signed', code: 'conflict' });
  });
});
