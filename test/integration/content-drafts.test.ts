import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { User } from '../../src/domain/accounts/user';
import type { ContentKind } from '../../src/domain/content/content';
import type { Unit } from '../../src/domain/units/unit';
import { query } from '../support/db-state';
import { buildContent, buildUnit, buildUser } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';
import { formBody } from '../support/upload-form';

// A draft is its author's to take back: one left without a file after a refused upload, or one
// entered by mistake, can be deleted until a leader approves it.

let t: TestApp;
let ward: Unit;
let author: User;
const cookies = new Map<string, string>();

beforeAll(async () => {
  t = await buildTestApp();
  // A ward under a city: the city's officer sees the ward's drafts but did not write them.
  const province = await buildUnit(t.deps, { name: 'Tỉnh thử' });
  const city = await buildUnit(t.deps, {
    parent: province,
    name: 'Thành phố thử',
    kind: 'district',
  });
  ward = await buildUnit(t.deps, { parent: city, name: 'Phường thử' });
  author = await buildUser(t.deps, ward, { username: 'canbo.phuong', role: 'officer' });
  await buildUser(t.deps, ward, { username: 'lanhdao.phuong', role: 'leader' });
  await buildUser(t.deps, city, { username: 'canbo.thanhpho', role: 'officer' });
  for (const who of ['canbo.phuong', 'lanhdao.phuong', 'canbo.thanhpho'])
    cookies.set(who, await t.login(who));
});
afterAll(async () => t.close());

const call = (method: 'GET' | 'POST' | 'DELETE', url: string, who: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    headers: { cookie: cookies.get(who) ?? '' },
    ...(payload ? { payload } : {}),
  });

/** A draft of the ward written by its officer. */
const draft = async (kind: ContentKind, title: string): Promise<string> =>
  (await buildContent(t.deps, ward, { author, kind, title })).id;

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
    const res = await call('DELETE', `/api/v1/content/${id}`, 'canbo.phuong');
    expect(res.statusCode, res.body).toBe(200);
    expect((await call('GET', `/api/v1/content/${id}`, 'canbo.phuong')).statusCode).toBe(404);
    const [audit] = await query(
      t.database,
      `select action from audit_log where entity_id = '${id}' and action = 'delete'`,
    );
    expect(audit?.action).toBe('delete');
  });

  test('once approved it is refused with 409 and a reason to read', async () => {
    const id = await draft('article', 'Bài đã duyệt');
    const approved = await call('POST', `/api/v1/content/${id}/approve`, 'lanhdao.phuong', {});
    expect(approved.statusCode, approved.body).toBe(200);
    const res = await call('DELETE', `/api/v1/content/${id}`, 'canbo.phuong');
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('đã được duyệt');
    expect(await items('Bài đã duyệt')).toBe(1);
  });

  test("an officer of a unit above, who did not write it, may not delete the ward's draft", async () => {
    const id = await draft('article', 'Bài nháp của phường');
    const res = await call('DELETE', `/api/v1/content/${id}`, 'canbo.thanhpho');
    expect(res.statusCode).toBe(403);
    expect(await items('Bài nháp của phường')).toBe(1);
  });

  test('a file refused for its item leaves no item once the form takes it back', async () => {
    // What the content form does: create, upload, and on a refused file delete what it created.
    const id = await draft('audio', 'Âm thanh với tệp sai');
    const bytes = new TextEncoder().encode('không phải âm thanh');
    const form = await formBody({
      size: String(bytes.length),
      file: { name: 'ban-tin.mp3', bytes },
    });
    const refused = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/content/${id}/file`,
      headers: { cookie: cookies.get('canbo.phuong') ?? '', ...form.headers },
      payload: form.payload,
    });
    expect(refused.statusCode).toBeGreaterThanOrEqual(400);
    expect(refused.statusCode).toBeLessThan(500);
    expect((await call('DELETE', `/api/v1/content/${id}`, 'canbo.phuong')).statusCode).toBe(200);
    expect(await items('Âm thanh với tệp sai')).toBe(0);
  });
});
