import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { VerifyDocumentResponse } from '../../src/contracts/certificates.contract';
import type { InboxResponse } from '../../src/contracts/inbox.contract';
import { canSignPdfs, pdfsig } from '../support/pdfsig';
import { asUsers, unitIdByName } from '../support/plan-helpers';
import { buildTestApp, type TestApp } from '../support/test-app';
import { formBody } from '../support/upload-form';

// A sơ kết or tổng kết issued by a unit goes to the unit above (b/c): signed with the issuing
// unit's certificate, listed in the Văn bản đến above, received when a unit above reads it.

const canMakePdf = canSignPdfs();

let t: TestApp;
let http: ReturnType<typeof asUsers>;
beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  http = asUsers(t);
}, 300_000);
afterAll(async () => t.close());

describe('an issued sơ kết or tổng kết', () => {
  test.runIf(canMakePdf)(
    'the Tiểu ban’s sơ kết reaches Thành phố Hạ Long (b/c), signed by the Tiểu ban, and is read there',
    async () => {
      const inbox = async () =>
        (await http.get('/api/v1/inbox', 'halong')).json<InboxResponse>().items;
      const item = (await inbox()).find((i) => i.kind === 'phase_report');
      expect(item).toMatchObject({
        numberText: expect.stringMatching(/^\d{2}\/BC-TBTT$/),
        issuedOn: '2021-03-26',
        issuerName: 'Tiểu ban Tuyên truyền Ủy ban Bầu cử thành phố Hạ Long',
        receivedAt: null,
      });
      const pdf = await http.get(`/api/v1/reports/${item?.entityId}/document.pdf`, 'halong');
      expect(pdf.statusCode, pdf.body).toBe(200);
      const report = await pdfsig(pdf.rawPayload);
      expect(report).toContain('Signature is Valid.');
      expect(report).toContain('Tiểu ban Tuyên truyền Ủy ban Bầu cử thành phố Hạ Long');
      // The demo CA is a root this installation trusts: Loa's own check says so.
      const form = await formBody({ file: { name: 'so-ket.pdf', bytes: pdf.rawPayload } });
      const checked = await t.app.inject({
        method: 'POST',
        url: '/api/v1/documents/verify',
        headers: { cookie: await t.login('halong'), ...form.headers },
        payload: form.payload,
      });
      expect(checked.json<VerifyDocumentResponse>().signatures).toEqual([
        expect.objectContaining({ intact: true, chained: true, certificateValidAtSigning: true }),
      ]);
      const read = await http.send('POST', `/api/v1/reports/${item?.entityId}/read`, 'halong');
      expect(read.statusCode, read.body).toBe(200);
      const after = (await inbox()).find((i) => i.entityId === item?.entityId);
      expect(after?.receivedAt).not.toBeNull();
      // The report's route hands out no plan: a plan's id is not found there.
      const plans = (await http.get('/api/v1/plans', 'halong')).json<{ items: { id: string }[] }>();
      const aPlan = plans.items[0]?.id;
      expect((await http.get(`/api/v1/reports/${aPlan}/document.pdf`, 'halong')).statusCode).toBe(
        404,
      );
    },
  );

  test.runIf(canMakePdf)(
    'the Tiểu ban’s tổng kết, issued by its leader, reaches Hạ Long signed as well',
    async () => {
      const tbtt = await unitIdByName(
        http,
        'lanhdao.tbtt.halong',
        'tieu ban',
        'Tiểu ban Tuyên truyền Ủy ban Bầu cử thành phố Hạ Long',
      );
      const early = await http.send(
        'POST',
        '/api/v1/reports/summary/issue',
        'lanhdao.tbtt.halong',
        {
          unitId: tbtt,
          final: true,
          issuedOn: '2021-05-20',
        },
      );
      expect(early.statusCode).toBe(400);
      expect(early.json().errors[0]).toMatchObject({
        path: 'issuedOn',
        message: 'Báo cáo tổng kết ban hành sau khi kế hoạch kết thúc.',
      });
      const issued = await http.send(
        'POST',
        '/api/v1/reports/summary/issue',
        'lanhdao.tbtt.halong',
        {
          unitId: tbtt,
          final: true,
          issuedOn: '2021-06-04',
        },
      );
      expect(issued.statusCode, issued.body).toBe(201);
      const item = (await http.get('/api/v1/inbox', 'halong'))
        .json<InboxResponse>()
        .items.find((i) => i.kind === 'final_report');
      expect(item).toMatchObject({
        issuedOn: '2021-06-04',
        title: expect.stringContaining('tổng kết'),
        numberText: expect.stringMatching(/\/BC-TBTT$/),
      });
      const pdf = await http.get(`/api/v1/reports/${item?.entityId}/document.pdf`, 'halong');
      expect(pdf.statusCode, pdf.body).toBe(200);
      expect(await pdfsig(pdf.rawPayload)).toContain('Signature is Valid.');
      expect(
        (
          await http.send('POST', '/api/v1/reports/summary/issue', 'lanhdao.tbtt.halong', {
            unitId: tbtt,
            final: true,
            issuedOn: '2021-06-05',
          })
        ).statusCode,
      ).toBe(409);
    },
  );
});
