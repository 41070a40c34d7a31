import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildVoterWard, type VoterWard } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// buildVoterWard goes through the use cases: the portal then serves what a ward would have made.

let t: TestApp;
let ward: VoterWard;
beforeAll(async () => {
  t = await buildTestApp();
  ward = await buildVoterWard(t.deps);
});
afterAll(async () => t.close());

describe('buildVoterWard', () => {
  test("a khu phố's page of the 2022 election shows its polling place, results and the ward's news", async () => {
    const kp3 = ward.villages[2];
    const res = await t.app.inject({ url: `/bau-cu/${ward.held.slug}/${String(kp3?.id)}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Nhà văn hóa khu phố 3');
    // Published: the count is there, not the line saying it will be.
    expect(res.body).toContain('Cử tri trong danh sách: 240');
    expect(res.body).not.toContain('Kết quả sẽ được đăng tại đây');
    expect(res.body).toContain('Cuộc bầu cử đã diễn ra.');
    expect(res.body).toMatch(/href="\/tin-tuc\/[0-9a-f-]{36}"/);
  });

  test('the election ahead counts down 42 days on its page', async () => {
    const res = await t.app.inject({ url: `/bau-cu/${ward.ahead.slug}/${ward.ward.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Còn 42 ngày nữa đến ngày bầu cử');
  });
});
