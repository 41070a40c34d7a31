import { afterAll, beforeAll, expect, test } from 'vitest';
import { civilDate } from '../../src/domain/shared/dates';
import type { Unit } from '../../src/domain/units/unit';
import { buildCertificate, buildReport, buildUnit, buildUser, SAMPLE } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// The report factories go through the real use cases: what they build is what the API serves.
let t: TestApp;
let city: Unit;
let ward: Unit;
let reader = '';

beforeAll(async () => {
  t = await buildTestApp();
  const province = await buildUnit(t.deps, { name: 'Tỉnh thử', kind: 'province' });
  city = await buildUnit(t.deps, { parent: province, name: 'Thành phố thử', kind: 'district' });
  ward = await buildUnit(t.deps, { parent: city, name: 'Phường thử', kind: 'commune' });
  reader = await t.login((await buildUser(t.deps, city, { role: 'officer' })).username);
});
afterAll(async () => t.close());

const get = (url: string) => t.app.inject({ url, headers: { cookie: reader } });

test("buildReport sends last week's report, which the unit above reads and is told of", async () => {
  const report = await buildReport(t.deps, ward);
  expect(report).toMatchObject({ kind: 'weekly', status: 'submitted', unitId: ward.id });
  expect(report.narrative.results).toContain(SAMPLE);
  expect(report.to < civilDate(new Date())).toBe(true);
  const read = await get(`/api/v1/reports/${report.id}`);
  expect(read.statusCode, read.body).toBe(200);
  expect(read.json()).toMatchObject({ status: 'submitted', periodKey: report.periodKey });
  const bell = (await get('/api/v1/notifications')).json<{ items: Array<{ link: string }> }>();
  expect(bell.items.map((n) => n.link)).toContain(`/app/reports/${report.id}`);
  const draft = await buildReport(t.deps, ward, { periodKey: '2026-W01', submit: false });
  expect(draft.status).toBe('draft');
});

test('buildCertificate gives the unit a valid certificate with images, trusted when asked', async () => {
  const { certificate } = await buildCertificate(t.deps, ward, { trusted: true });
  expect(certificate).toMatchObject({ subject: `UBND ${ward.name}`, hasSeal: true });
  const shown = (await get(`/api/v1/units/${ward.id}/certificate`)).json();
  expect(shown.certificate).toMatchObject({ subject: `UBND ${ward.name}`, state: 'valid' });
  const roots = await t.deps.repos.certificates.trustedRoots();
  expect(roots.map((r) => r.name)).toContain(certificate.issuer);
});
