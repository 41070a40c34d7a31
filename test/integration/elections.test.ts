import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { civilDate } from '../../src/domain/shared/dates';
import { electionRequests, type Json } from '../support/election-requests';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
const c = new Map<string, string>();
const { req } = electionRequests(() => t, c);

beforeAll(async () => {
  // The demo's own test: it checks the elections the demo seeds, as a newcomer finds them.
  t = await buildTestApp({ demo: true });
  c.set('cambinh', await t.login('cambinh'));
});
afterAll(async () => t.close());

describe('elections in the workspace', () => {
  test('the demo carries 2021, 2022 and an upcoming election six weeks away, with readable ids', async () => {
    const items = (await req('GET', '/api/v1/elections', 'cambinh')).json<Json>().items;
    const slugs = items.map((e) => e.slug);
    expect(slugs).toContain('na-hdnd.2021-05-23');
    expect(slugs).toContain('village-head.quang-ninh.2022-06-05');
    const upcoming = items.find((e) => String(e.slug).startsWith('village-head.cam-binh.'));
    const days =
      (Date.parse(String(upcoming?.electionDay)) - Date.parse(civilDate(new Date()))) / 86_400_000;
    expect(days).toBe(42);
    expect(upcoming?.sample).toBe(true);
  });
});
