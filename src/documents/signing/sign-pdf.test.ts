import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderAdministrativeDocx } from '../administrative-docx';
import { plan51Model } from '../fixtures/plan-51.model';
import { convertDocxToPdf, findSoffice } from '../pdf';
import { makeCertificateAuthority } from './demo-ca';
import { signIssuedPdf, stampAttachment } from './sign-pdf';
import { findSignatureBlock } from './signature-block';
import {
  PASSWORD,
  SIGNED_AT,
  UNIT,
  countPixels,
  demoSigner,
  findTool,
  isInkBlue,
  isSealRed,
  pdfsigReport,
  renderPage,
} from './signing-test-kit';
import { sampleSealPng, sampleSignaturePng } from './stamp-images';
import { verifySignedPdf } from './verify-pdf';

const soffice = findSoffice();
const pdfsig = findTool('pdfsig');
const pdftoppm = findTool('pdftoppm');

async function pageTexts(pdf: Buffer): Promise<string[]> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: false });
  return text.map((page) => page.normalize('NFC'));
}

/**
 * Changes one byte of the first content stream (page drawing instructions), which lies in the
 * first signed range, far from the signature's own /Contents.
 */
function tamper(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf);
  const at = copy.indexOf('stream') + 'stream'.length + 40;
  expect(at).toBeLessThan(copy.indexOf('/ByteRange'));
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

describe.runIf(soffice !== null)('signing the plan 51 PDF', () => {
  const signer = demoSigner();
  let plan: Buffer;
  let signed: Buffer;
  let attachment: Buffer;

  beforeAll(async () => {
    plan = await convertDocxToPdf(await renderAdministrativeDocx(plan51Model));
    const common = { p12: signer.p12, password: PASSWORD, signedAt: SIGNED_AT, bodyName: UNIT };
    signed = await signIssuedPdf(plan, {
      ...common,
      signerName: 'Nguyễn Công Bằng',
      signerPosition: 'CHỦ TỊCH',
      signatureImage: sampleSignaturePng(360, 140),
      sealImage: sampleSealPng(300),
      reason: 'Ban hành 51/KH-UBND',
    });
    attachment = await stampAttachment(plan, { ...common, numberText: '51/KH-UBND' });
  });

  it.runIf(pdfsig !== null)('is valid for pdfsig, which names the unit as signer', async () => {
    const report = await pdfsigReport(pdfsig ?? '', signed);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain(`Signer Certificate Common Name: ${UNIT}`);
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Total document signed');
  });

  it.runIf(pdfsig !== null)('is reported broken by pdfsig after one byte changes', async () => {
    const report = await pdfsigReport(pdfsig ?? '', tamper(signed));
    expect(report).toContain('Signature Validation: Digest Mismatch.');
    expect(report).not.toContain('Signature is Valid.');
  });

  it('is intact and chained for our verifier, and no longer intact after one byte changes', () => {
    const [signature] = verifySignedPdf(signed, [signer.ca.certPem]).signatures;
    expect(signature).toMatchObject({
      signerName: UNIT,
      organization: 'Ủy ban nhân dân phường Cẩm Bình',
      issuerName: 'Loa – CA thử nghiệm Cẩm Phả',
      signedAt: SIGNED_AT,
      intact: true,
      coversWholeFile: true,
      chained: true,
      certificateValidAtSigning: true,
    });
    const stranger = makeCertificateAuthority({ commonName: 'CA khác', now: SIGNED_AT });
    expect(verifySignedPdf(signed, [stranger.certPem]).signatures[0]?.chained).toBe(false);
    expect(verifySignedPdf(tamper(signed), [signer.ca.certPem]).signatures[0]?.intact).toBe(false);
  });

  it('prints who signed and when, in Vietnam time, on the last page', async () => {
    const pages = await pageTexts(signed);
    const last = pages.at(-1) ?? '';
    expect(last).toContain(`Ký bởi: ${UNIT}`);
    expect(last).toContain('Thời gian ký: 09:15:30, 06/04/2022');
    expect(last).toContain('2022-04-06T09:15:30+07:00');
    expect(pages.slice(0, -1).join('\n')).not.toContain('Ký bởi');
  });

  it.runIf(pdftoppm !== null)(
    'shows the red seal and the blue signature in the signature block only',
    async () => {
      const pageCount = (await pageTexts(signed)).length;
      const before = await renderPage(pdftoppm ?? '', plan, pageCount);
      const after = await renderPage(pdftoppm ?? '', signed, pageCount);
      // The signature block, where the text puts it: from a seal's height above the position
      // line to the stamp's lines under the name, in the right half of the page.
      const found = await findSignatureBlock(plan, 'Nguyễn Công Bằng', 'CHỦ TỊCH');
      const A4_HEIGHT = 842;
      const top = 1 - ((found.positionBaseline ?? found.nameBaseline) + 80) / A4_HEIGHT;
      const bottom = 1 - (found.nameBaseline - 60) / A4_HEIGHT;
      const block = { left: 0.45, top, right: 0.95, bottom };
      const above = { left: 0, top: 0, right: 1, bottom: top };
      const below = { left: 0, top: bottom, right: 1, bottom: 1 };
      expect(countPixels(before, isSealRed)).toBe(0);
      expect(countPixels(after, isSealRed, block)).toBeGreaterThan(100);
      expect(countPixels(after, isInkBlue, block)).toBeGreaterThan(20);
      expect(countPixels(after, isSealRed, above) + countPixels(after, isSealRed, below)).toBe(0);
    },
  );

  it('signs an attachment with a box on its first page and no images', async () => {
    const [signature] = verifySignedPdf(attachment, [signer.ca.certPem]).signatures;
    expect(signature).toMatchObject({ signerName: UNIT, intact: true, chained: true });
    const [first = '', ...rest] = await pageTexts(attachment);
    // The plan itself prints "Số: 51/KH-UBND" on its first page; the box says it again.
    expect(first).toContain('Kèm theo văn bản số: 51/KH-UBND');
    expect(first).toContain(`Ký bởi: ${UNIT}`);
    expect(first).toContain('09:15:30, 06/04/2022');
    expect(rest.join('\n')).not.toContain('Ký bởi');
    if (pdftoppm === null) return;
    const page = await renderPage(pdftoppm, attachment, 1);
    expect(countPixels(page, isSealRed)).toBe(0);
  });

  it.runIf(pdfsig !== null)('gives an attachment pdfsig accepts', async () => {
    const report = await pdfsigReport(pdfsig ?? '', attachment);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain(`Signer Certificate Common Name: ${UNIT}`);
  });
});
