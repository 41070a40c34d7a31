import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoSession } from '../support/content-helpers';
import { query } from '../support/db-state';
import { buildTestApp, type TestApp } from '../support/test-app';

// A draft is its author's to take back: one left without a file after a refused upload, or one
// entered by mistake, can be deleted until a leader approves it.

let t: TestApp;
let s: Awaited<ReturnType<typeof demoSession>>;

beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  s = await demoSession(t, ['campha', 'cambinh', 'lanhdao.cambinh'], {
    campha: 'thanh pho cam pha',
    cambinh: 'phuong cam binh',
  });
});
afterAll(async () => t.close());

const draft = async (kind: string, title: string): Promise<string> => {
  const res = await s.call('POST', '/api/v1/content', 'cambinh', {
    unitId: s.unit('cambinh'),
    kind,
    title,
    ...(kind === 'article' ? { body: 'Nội dung bài viết thử.' } : {}),
  });
  expect(res.statusCode, res.body).toBe(201);
  return String(res.json().id);
};
const items = async (title: string) =>
  Number(
    (
      await query(
        t.database,
        `select count(*)::int as n from content_items where title = '${title}'`,
      )
    )[0]?.n,
  );

describe('deleting a draft', () => {
  test('its author deletes it, and the audit log keeps who and what', async () => {
    const id = await draft('article', 'Bài nháp viết nhầm');
    const res = await s.call('DELETE', `/api/v1/content/${id}`, 'cambinh');
    expect(res.statusCode, res.body).toBe(200);
    expect((await s.call('GET', `/api/v1/content/${id}`, 'cambinh')).statusCode).toBe(404);
    const [audit] = await query(
      t.database,
      `select action from audit_log where entity_id = '${id}' and action = 'delete'`,
    );
    expect(audit?.action).toBe('delete');
  });

  test('once approved it is refused with 409 and a reason to read', async () => {
    const id = await draft('article', 'Bài đã duyệt');
    const approved = await s.call('POST', `/api/v1/content/${id}/approve`, 'lanhdao.cambinh', {});
    expect(approved.statusCode, approved.body).toBe(200);
    const res = await s.call('DELETE', `/api/v1/content/${id}`, 'cambinh');
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('đã được duyệt');
    expect(await items('Bài đã duyệt')).toBe(1);
  });

  test("an officer of a unit above, who did not write it, may not delete the ward's draft", async () => {
    const id = await draft('article', 'Bài nháp của phường');
    const res = await s.call('DELETE', `/api/v1/content/${id}`, 'campha');
    expect(res.statusCode).toBe(403);
    expect(await items('Bài nháp của phường')).toBe(1);
  });

  test('a file refused for its item leaves no item once the form takes it back', async () => {
    // What the content form does: create, upload, and on a refused file delete what it created.
    const id = await draft('audio', 'Âm thanh với tệp sai');
    const refused = await s.upload(
      `/api/v1/content/${id}/file`,
      'cambinh',
      new TextEncoder().encode('không phải âm thanh'),
      'ban-tin.mp3',
    );
    expect(refused.statusCode).toBeGreaterThanOrEqual(400);
    expect(refused.statusCode).toBeLessThan(500);
    expect((await s.call('DELETE', `/api/v1/content/${id}`, 'cambinh')).statusCode).toBe(200);
    expect(await items('Âm thanh với tệp sai')).toBe(0);
  });
});
