import { afterAll, beforeAll, expect, test } from 'vitest';
import type { User } from '../../src/domain/accounts/user';
import type { Unit } from '../../src/domain/units/unit';
import { buildPlan, buildUnit, buildUser } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// A ward whose register has issued nothing this year: its officer drafts and submits eight plans,
// and its leader issues them all at once.
let t: TestApp;
let ward: Unit;
let officer: User;
let leader: string;

beforeAll(async () => {
  t = await buildTestApp();
  const province = await buildUnit(t.deps, { name: 'Tỉnh thử' });
  ward = await buildUnit(t.deps, { parent: province, name: 'Phường thử' });
  officer = await buildUser(t.deps, ward, { username: 'vanthu.phuong', role: 'officer' });
  await buildUser(t.deps, ward, { username: 'lanhdao.phuong', role: 'leader' });
  leader = await t.login('lanhdao.phuong');
});
afterAll(async () => t.close());

test('plans issued at the same moment get distinct, consecutive numbers', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 8; i++) {
    const plan = await buildPlan(t.deps, ward, {
      status: 'submitted',
      author: officer,
      title: `Kế hoạch đồng thời ${i}`,
      periodFrom: '2026-03-01',
      periodTo: '2026-03-31',
      signer: { authority: '', position: 'CHỦ TỊCH', name: 'A' },
    });
    ids.push(plan.id);
  }
  const results = await Promise.all(
    ids.map((id) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/plans/${id}/issue`,
        headers: { cookie: leader },
        payload: { issuedOn: '2026-03-02' },
      }),
    ),
  );
  expect(results.map((r) => r.statusCode)).toEqual(Array(8).fill(200));
  const numbers = results.map((r) => r.json().number as number).sort((a, b) => a - b);
  expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
});
