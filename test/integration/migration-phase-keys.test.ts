import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { newReportRow } from '../../src/domain/reports/reports.port';
import { buildUnit } from '../support/factories';
import { openedSoFar } from '../support/teardown';
import { buildTestApp, type TestApp } from '../support/test-app';

/** Migration 0012 on a database written before it: old sơ kết keys gain their dates, once. */
let t: TestApp;
const opened = openedSoFar();
beforeAll(async () => {
  t = await opened.open(buildTestApp());
});
afterAll(() => opened.closeAll());

test('a sơ kết keyed by its phase name alone is re-keyed with its dates; a new key is left alone', async () => {
  const unit = await buildUnit(t.deps, { name: 'Ban chỉ đạo thử' });
  const row = (id: string, periodKey: string) =>
    newReportRow(
      {
        id,
        unitId: unit.id,
        unitPath: unit.path,
        kind: 'phase',
        periodKey,
        from: '2021-01-18',
        to: '2021-03-25',
        dueOn: '2021-03-26',
      },
      new Date(),
    );
  await t.deps.repos.reports.insertOrGet(row(crypto.randomUUID(), 'Đợt 1'));
  await t.deps.repos.reports.insertOrGet(row(crypto.randomUUID(), 'Đợt 2 2021-01-18/2021-03-25'));
  const migration = readFileSync('src/db/migrations/0012_phase_report_keys.sql', 'utf8');
  for (let i = 0; i < 2; i++) await t.database.db.execute(sql.raw(migration));
  const keys = (
    await t.deps.repos.reports.findFor([unit.id], 'phase', [
      'Đợt 1 2021-01-18/2021-03-25',
      'Đợt 2 2021-01-18/2021-03-25',
    ])
  ).map((r) => r.periodKey);
  expect(keys.sort()).toEqual(['Đợt 1 2021-01-18/2021-03-25', 'Đợt 2 2021-01-18/2021-03-25']);
});
