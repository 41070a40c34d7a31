import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type {
  IssuedPdfResponse,
  UnitCertificateResponse,
  VerifyDocumentResponse,
} from '../../src/contracts/certificates.contract';
import type { InboxResponse } from '../../src/contracts/inbox.contract';
import {
  issueUnitCertificate,
  makeCertificateAuthority,
} from '../../src/documents/signing/demo-ca';
import { samplePhotoPng } from '../../src/db/seed/sample-png';
import type { Unit } from '../../src/domain/units/unit';
import { buildCertificate, buildPlan, buildUnit, buildUser } from '../support/factories';
import { canSignPdfs, pdfsig } from '../support/pdfsig';
import { asUsers } from '../support/plan-helpers';
import { buildTestApp, type TestApp } from '../support/test-app';
import { formBody, type FormParts } from '../support/upload-form';

// An issued plan goes out as a PDF signed with its unit's certificate, made once and kept; the
// certificate is an admin's to give, is shown to the unit's people, and never leaves the server.
// The signature is checked by poppler's pdfsig, a verifier no one here wrote.
const canMakePdf = canSignPdfs();
let t: TestApp;
let http: ReturnType<typeof asUsers>;
let ward: Unit;
let plan51: string;
let elsewhere: Unit;
let certificatePassword = '';
// A ward (officer `phuong`, section officer `bophan`) of a city (`thanhpho`), and another city: the
// ward holds a certificate of a CA this installation trusts, and issued plan 51 to city and section.
beforeAll(async () => {
  t = await buildTestApp();
  http = asUsers(t);
  const unit = (parent: Unit | null, name: string, kind: Unit['kind']) =>
    buildUnit(t.deps, { parent, name, kind });
  const province = await unit(null, 'Tỉnh Thử Nghiệm', 'province');
  const city = await unit(province, 'Thành phố Thử Cảng', 'district');
  elsewhere = await unit(province, 'Thành phố Thử Núi', 'district');
  ward = await unit(city, 'Phường Thử Biển', 'commune');
  const section = await unit(ward, 'Bộ phận Văn hóa - Xã hội phường Thử Biển', 'agency');
  for (const [username, home, role] of [
    ['admin', province, 'admin'],
    ['thanhpho', city, 'officer'],
    ['phuong', ward, 'officer'],
    ['bophan', section, 'officer'],
  ] as const)
    await buildUser(t.deps, home, { username, role });
  certificatePassword = (
    await buildCertificate(t.deps, ward, { commonName: 'UBND phường Thử Biển', trusted: true })
  ).password;
  plan51 = (
    await buildPlan(t.deps, ward, {
      status: 'issued',
      number: 51,
      issuedOn: '2022-04-06',
      recipients: [
        { name: 'UBND thành phố Thử Cảng', purpose: 'b/c', unitId: city.id },
        { name: 'Bộ phận Văn hóa Xã hội', purpose: 't/h', unitId: section.id },
      ],
    })
  ).id;
}, 300_000);
afterAll(async () => t.close());

const send = async (method: 'POST' | 'PUT', url: string, who: string, parts: FormParts) => {
  const form = await formBody(parts);
  return t.app.inject({
    method,
    url,
    headers: { cookie: await t.login(who), ...form.headers },
    payload: form.payload,
  });
};
const put = (who: string, unitId: string, parts: FormParts) =>
  send('PUT', `/api/v1/units/${unitId}/certificate`, who, parts);
const pdfForm = (bytes: Buffer) => ({ file: { name: 'van-ban.pdf', bytes } });
const certificateOf = async (who: string, unitId: string) =>
  http.get(`/api/v1/units/${unitId}/certificate`, who);

describe('a unit’s signing certificate', () => {
  test('a unit’s certificate is shown to its officer without any secret', async () => {
    const res = await certificateOf('phuong', ward.id);
    expect(res.statusCode, res.body).toBe(200);
    const { certificate } = res.json<UnitCertificateResponse>();
    expect(certificate).toMatchObject({
      subject: 'UBND phường Thử Biển',
      state: 'valid',
      hasSeal: true,
      hasSignature: true,
    });
    expect(certificate?.issuer).toContain('mẫu');
    expect(res.body).not.toMatch(new RegExp(`sealed|password|${certificatePassword}`, 'i'));
  });

  test('a unit outside the reader’s own is not found', async () => {
    expect((await certificateOf('phuong', elsewhere.id)).statusCode).toBe(404);
  });

  test('only an admin gives one; a wrong file or password is refused by its field', async () => {
    const ca = makeCertificateAuthority({ commonName: 'CA thử nghiệm', now: new Date() });
    const file = {
      name: 'thu-bien.p12',
      bytes: issueUnitCertificate(ca, {
        commonName: 'UBND phường Thử Biển (mới)',
        organization: 'Thành phố Thử Cảng',
        now: new Date(),
        password: 'mat-khau',
      }),
    };
    expect(
      (await put('phuong', ward.id, { certificate: file, password: 'mat-khau' })).statusCode,
    ).toBe(403);
    const wrong = await put('admin', ward.id, { certificate: file, password: 'sai' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([
      expect.objectContaining({
        path: 'password',
        message: 'Mật khẩu của tệp chứng thư số không đúng.',
      }),
    ]);
    const garbage = await put('admin', ward.id, {
      certificate: { name: 'x.p12', bytes: Buffer.from('không phải chứng thư') },
      password: 'x',
    });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().errors[0].path).toBe('certificate');
    const notPng = await put('admin', ward.id, {
      certificate: file,
      password: 'mat-khau',
      seal: { name: 'dau.png', bytes: Buffer.from('GIF89a') },
    });
    expect(notPng.json().errors[0].path).toBe('seal');
    // A small file that would unpack to 36 million pixels at every signing is refused by its size.
    const ihdr = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(ihdr, 0);
    ihdr.writeUInt32BE(13, 8);
    ihdr.write('IHDR', 12, 'latin1');
    ihdr.writeUInt32BE(6000, 16);
    ihdr.writeUInt32BE(6000, 20);
    ihdr.set([8, 6, 0, 0, 0], 24);
    const huge = await put('admin', ward.id, {
      certificate: file,
      password: 'mat-khau',
      signature: { name: 'chu-ky.png', bytes: ihdr },
    });
    expect(huge.statusCode).toBe(400);
    expect(huge.json().errors[0]).toMatchObject({
      path: 'signature',
      message: expect.stringContaining('6000 × 6000'),
    });
    // Nothing refused touched the certificate held.
    const held = (await certificateOf('phuong', ward.id)).json<UnitCertificateResponse>();
    expect(held.certificate?.subject).toBe('UBND phường Thử Biển');

    const saved = await put('admin', ward.id, { certificate: file, password: 'mat-khau' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<UnitCertificateResponse>().certificate).toMatchObject({
      subject: 'UBND phường Thử Biển (mới)',
      issuer: 'CA thử nghiệm',
      // The images held are kept when a new file comes without them.
      hasSeal: true,
    });
    const audit = (await http.get('/api/v1/audit?entity=certificate', 'admin')).json<{
      items: Array<{ action: string; changes: Record<string, unknown> }>;
    }>();
    expect(audit.items[0]).toMatchObject({ action: 'update' });
    expect(JSON.stringify(audit.items)).not.toContain('mat-khau');

    // An image goes only when asked for by name; sending one while asking to remove it is refused.
    const seal = { name: 'dau.png', bytes: samplePhotoPng(1) };
    const both = await put('admin', ward.id, {
      certificate: file,
      password: 'mat-khau',
      removeSeal: 'true',
      seal,
    });
    expect(both.statusCode).toBe(400);
    expect(both.json().errors[0].path).toBe('body.removeSeal');
    const guessed = await put('admin', ward.id, {
      certificate: file,
      password: 'mat-khau',
      removeSeal: 'có',
    });
    expect(guessed.statusCode).toBe(400);
    expect(guessed.json().errors[0].path).toBe('body.removeSeal');
    const removed = await put('admin', ward.id, {
      certificate: file,
      password: 'mat-khau',
      removeSeal: 'true',
      removeSignature: 'false',
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json<UnitCertificateResponse>().certificate).toMatchObject({
      hasSeal: false,
      hasSignature: true,
    });
    const again = await put('admin', ward.id, { certificate: file, password: 'mat-khau', seal });
    expect(again.json<UnitCertificateResponse>().certificate).toMatchObject({ hasSeal: true });
  });
});

describe.runIf(canMakePdf)('the issued plan’s signed PDF', () => {
  test('is made once, signed by the unit, and pdfsig finds it valid, then not after a change', async () => {
    const before = (
      await http.get(`/api/v1/plans/${plan51}/issued-pdf`, 'phuong')
    ).json<IssuedPdfResponse>();
    expect(before.status).toBe('pending');
    const first = await http.get(`/api/v1/plans/${plan51}/document.pdf`, 'phuong');
    expect(first.statusCode, first.body).toBe(200);
    const pdf = first.rawPayload;
    const report = await pdfsig(pdf);
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('UBND phường Thử Biển');
    const after = (
      await http.get(`/api/v1/plans/${plan51}/issued-pdf`, 'phuong')
    ).json<IssuedPdfResponse>();
    expect(after).toMatchObject({
      status: 'ready',
      signedBy: expect.stringContaining('UBND phường Thử Biển'),
    });
    // Kept, not made again: a second download is the same file, byte for byte.
    const second = await http.get(`/api/v1/plans/${plan51}/document.pdf`, 'thanhpho');
    expect(second.rawPayload.equals(pdf)).toBe(true);

    const changed = Buffer.from(pdf);
    // One byte inside the first stream of the document (its signed content).
    const at = changed.indexOf('stream') + 20;
    changed[at] = (changed[at] ?? 0) ^ 0x01;
    expect(await pdfsig(changed)).toContain('Digest Mismatch.');

    // Loa's own check says the same, and that this certificate's CA is not one it trusts.
    const verify = async (bytes: Buffer) =>
      (
        await send('POST', '/api/v1/documents/verify', 'thanhpho', pdfForm(bytes))
      ).json<VerifyDocumentResponse>().signatures;
    expect(await verify(pdf)).toEqual([
      expect.objectContaining({
        signerName: 'UBND phường Thử Biển (mới)',
        intact: true,
        coversWholeFile: true,
        chained: false,
      }),
    ]);
    expect((await verify(changed))[0]?.intact).toBe(false);
  });
});

describe('Văn bản đến', () => {
  test('plan 51 reaches the city (b/c) and the ward’s section (t/h); opening records receipt', async () => {
    const inboxOf = async (who: string) => {
      const res = await http.get('/api/v1/inbox', who);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<InboxResponse>();
    };
    for (const who of ['thanhpho', 'bophan']) {
      const item = (await inboxOf(who)).items.find((i) => i.numberText === '51/KH-UBND');
      expect(item).toMatchObject({
        issuedOn: '2022-04-06',
        issuerName: 'Phường Thử Biển',
        receivedAt: null,
      });
    }
    // The issuer's own copy is "Lưu: VT", not an incoming document.
    expect((await inboxOf('phuong')).items.map((i) => i.numberText)).not.toContain('51/KH-UBND');

    const before = (await inboxOf('thanhpho')).unread;
    const opened = await http.send('POST', `/api/v1/plans/${plan51}/acknowledge`, 'thanhpho');
    expect(opened.statusCode, opened.body).toBe(200);
    const after = await inboxOf('thanhpho');
    expect(after.unread).toBe(before - 1);
    expect(after.items.find((i) => i.numberText === '51/KH-UBND')?.receivedAt).not.toBeNull();
    // The sender sees who has received it and who has not.
    const receipts = (await http.get(`/api/v1/plans/${plan51}/receipts`, 'phuong')).json<{
      items: Array<{ unitName: string; acknowledgedAt: string | null }>;
    }>().items;
    expect(
      receipts.find((r) => r.unitName === 'Thành phố Thử Cảng')?.acknowledgedAt,
    ).not.toBeNull();
    expect(
      receipts.find((r) => r.unitName === 'Bộ phận Văn hóa - Xã hội phường Thử Biển')
        ?.acknowledgedAt,
    ).toBeNull();
  });

  test('another unit’s inbox is out of reach, and a file that is no PDF is refused by its field', async () => {
    expect((await http.get(`/api/v1/inbox?unitId=${elsewhere.id}`, 'thanhpho')).statusCode).toBe(
      404,
    );
    const refused = await send(
      'POST',
      '/api/v1/documents/verify',
      'thanhpho',
      pdfForm(Buffer.from('không phải PDF')),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ path: 'file' });
  });
});
