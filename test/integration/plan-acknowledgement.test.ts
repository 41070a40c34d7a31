import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { asUsers, planReceipts, todayDocuments } from '../support/plan-helpers';
import { buildTestApp, type TestApp } from '../support/test-app';

// The demo world on Tuesday 17/05/2022. Acknowledging, receipts and the reminders around them on
// data a test builds are in plan-receipts-today.test.ts.
const TUESDAY = new Date('2022-05-17T03:00:00Z');

let t: TestApp;
let http: ReturnType<typeof asUsers>;
beforeAll(async () => {
  // The demo's own test: it checks the receipt of 1354/KH-VPUBND that the seeds record as written.
  t = await buildTestApp({ demo: true });
  t.deps.clock = { now: () => TUESDAY };
  http = asUsers(t);
}, 300_000);
afterAll(async () => t.close());

const planByNumber = async (who: string, numberText: string): Promise<string> => {
  const items = (await http.get('/api/v1/plans', who)).json<{
    items: Array<{ id: string; numberText: string | null }>;
  }>().items;
  const id = items.find((p) => p.numberText === numberText)?.id;
  if (!id) throw new Error(`plan ${numberText} not found`);
  return id;
};

describe('acknowledging an issued plan ("đã nhận")', () => {
  test('the demo’s 1354/KH-VPUBND shows the Văn phòng who confirmed receipt and who has not', async () => {
    const id = await planByNumber('lanhdao.vpubnd', '1354/KH-VPUBND');
    const list = await planReceipts(http, id, 'lanhdao.vpubnd');
    expect(list.all).toBe(true);
    expect(list.acknowledged).toBe(1);
    expect(list.total).toBeGreaterThan(1);
    expect(list.items.filter((r) => r.acknowledgedAt)).toEqual([
      expect.objectContaining({
        unitName: 'Phòng Hành chính – Tổ chức',
        acknowledgedAt: new Date('2020-09-15T08:30:00+07:00').toISOString(),
      }),
    ]);
    expect((await todayDocuments(http, 'hctc.quangnam')).map((l) => l.id)).not.toContain(id);
  });
});
