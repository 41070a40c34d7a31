import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let officer: string;
let leader: string;
let unitId: string;

beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  officer = await t.login('cambinh');
  leader = await t.login('lanhdao.cambinh');
  unitId = (await t.app.inject({ url: '/api/v1/me', headers: { cookie: officer } })).json().unit.id;
});
afterAll(async () => t.close());

test('plans issued at the same moment get distinct, consecutive numbers', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 8; i++) {
    const draft = await t.app.inject({
      method: 'POST',
      url: '/api/v1/plans',
      headers: { cookie: officer },
      payload: {
        unitId,
        content: {
          title: `Kế hoạch đồng thời ${i}`,
          periodFrom: '2026-03-01',
          periodTo: '2026-03-31',
          signer: { authority: '', position: 'CHỦ TỊCH', name: 'A' },
        },
      },
    });
    ids.push(draft.json().id);
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/plans/${draft.json().id}/submit`,
      headers: { cookie: officer },
    });
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
