import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { VerifyDocumentResponse } from '../../src/contracts/certificates.contract';
import type { InboxResponse } from '../../src/contracts/inbox.contract';
import { issuePhaseSummary } from '../../src/domain/reports/issue-summary';
import type { Unit } from '../../src/domain/units/unit';
import { actorOf, buildCertificate, buildPlan, buildUnit, buildUser } from '../support/factories';
import { canSignPdfs, pdfsig } from '../support/pdfsig';
import { asUsers } from '../support/plan-helpers';
import { buildTestApp, type TestApp } from '../support/test-app';
import { formBody } from '../support/upload-form';

// A sơ kết or tổng kết issued by a unit goes to the unit above (b/c): signed with the issuing
// unit's certificate, listed in the Văn bản đến above, received when a unit above reads it.

const canMakePdf = canSignPdfs();

let t: TestApp;
let http: ReturnType<typeof asUsers>;
let tbtt: Unit;
let planId = '';
const TBTT = 'Tiểu ban Tuyên truyền Ủy ban Bầu cử thành phố Thử Cảng';
// A city (read by `thanhpho`) and its Tiểu ban (led by `lanhdao.tbtt`), which holds a certificate
// of a CA this installation trusts and summed up "Đợt 1" of its 2021 plan on 26/03/2021.
beforeAll(async () => {
  t = await buildTestApp();
  http = asUsers(t);
  const province = await buildUnit(t.deps, { name: 'Tỉnh Thử Nghiệm', kind: 'province' });
  const city = await buildUnit(t.deps, {
    parent: province,
    name: 'Thành phố Thử Cảng',
    kind: 'district',
  });
  tbtt = await buildUnit(t.deps, { parent: city, name: TBTT, kind: 'agency' });
  await buildUser(t.deps, city, { username: 'thanhpho', role: 'officer' });
  const leader = await buildUser(t.deps, tbtt, { username: 'lanhdao.tbtt', role: 'leader' });
  await buildCertificate(t.deps, tbtt, { commonName: TBTT, trusted: true });
  const phase = { name: 'Đợt 1', from: '2021-01-18', to: '2021-03-25', peak: false };
  const plan = await buildPlan(t.deps, tbtt, {
    status: 'issued',
    issuedOn: '2021-01-15',
    bodyCode: 'TBTT',
    periodFrom: '2021-01-18',
    periodTo: '2021-05-31',
    phases: [phase],
  });
  planId = plan.id;
  await issuePhaseSummary(t.deps, actorOf(leader, tbtt), {
    unitId: tbtt.id,
    phase: 'Đợt 1',
    issuedOn: '2021-03-26',
  });
}, 300_000);
afterAll(async () => t.close());

describe('an issued sơ kết or tổng kết', () => {
  test.runIf(canMakePdf)(
    'the Tiểu ban’s sơ kết reaches the city (b/c), signed by the Tiểu ban, and is read there',
    async () => {
      const inbox = async () =>
        (await http.get('/api/v1/inbox', 'thanhpho')).json<InboxResponse>().items;
      const item = (await inbox()).find((i) => i.kind === 'phase_report');
      expect(item).toMatchObject({
        numberText: expect.stringMatching(/^\d{2}\/BC-TBTT$/),
        issuedOn: '2021-03-26',
        issuerName: TBTT,
        receivedAt: null,
      });
      const pdf = await http.get(`/api/v1/reports/${item?.entityId}/document.pdf`, 'thanhpho');
      expect(pdf.statusCode, pdf.body).toBe(200);
      const report = await pdfsig(pdf.rawPayload);
      expect(report).toContain('Signature is Valid.');
      expect(report).toContain(TBTT);
      // The certificate's CA is a root this installation trusts: Loa's own check says so.
      const form = await formBody({ file: { name: 'so-ket.pdf', bytes: pdf.rawPayload } });
      const checked = await t.app.inject({
        method: 'POST',
        url: '/api/v1/documents/verify',
        headers: { cookie: await t.login('thanhpho'), ...form.headers },
        payload: form.payload,
      });
      expect(checked.json<VerifyDocumentResponse>().signatures).toEqual([
        expect.objectContaining({ intact: true, chained: true, certificateValidAtSigning: true }),
      ]);
      const read = await http.send('POST', `/api/v1/reports/${item?.entityId}/read`, 'thanhpho');
      expect(read.statusCode, read.body).toBe(200);
      const after = (await inbox()).find((i) => i.entityId === item?.entityId);
      expect(after?.receivedAt).not.toBeNull();
      // The report's route hands out no plan: a plan's id is not found there.
      expect((await http.get(`/api/v1/plans/${planId}`, 'thanhpho')).statusCode).toBe(200);
      expect(
        (await http.get(`/api/v1/reports/${planId}/document.pdf`, 'thanhpho')).statusCode,
      ).toBe(404);
    },
  );

  test.runIf(canMakePdf)(
    'the Tiểu ban’s tổng kết, issued by its leader, reaches the city signed as well',
    async () => {
      const early = await http.send('POST', '/api/v1/reports/summary/issue', 'lanhdao.tbtt', {
        unitId: tbtt.id,
        final: true,
        issuedOn: '2021-05-20',
      });
      expect(early.statusCode).toBe(400);
      expect(early.json().errors[0]).toMatchObject({
        path: 'issuedOn',
        message: 'Báo cáo tổng kết ban hành sau khi kế hoạch kết thúc.',
      });
      const issued = await http.send('POST', '/api/v1/reports/summary/issue', 'lanhdao.tbtt', {
        unitId: tbtt.id,
        final: true,
        issuedOn: '2021-06-04',
      });
      expect(issued.statusCode, issued.body).toBe(201);
      const item = (await http.get('/api/v1/inbox', 'thanhpho'))
        .json<InboxResponse>()
        .items.find((i) => i.kind === 'final_report');
      expect(item).toMatchObject({
        issuedOn: '2021-06-04',
        title: expect.stringContaining('tổng kết'),
        numberText: expect.stringMatching(/\/BC-TBTT$/),
      });
      const pdf = await http.get(`/api/v1/reports/${item?.entityId}/document.pdf`, 'thanhpho');
      expect(pdf.statusCode, pdf.body).toBe(200);
      expect(await pdfsig(pdf.rawPayload)).toContain('Signature is Valid.');
      expect(
        (
          await http.send('POST', '/api/v1/reports/summary/issue', 'lanhdao.tbtt', {
            unitId: tbtt.id,
            final: true,
            issuedOn: '2021-06-05',
          })
        ).statusCode,
      ).toBe(409);
    },
  );
});
