import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { query } from '../support/db-state';
import { buildTestApp, type TestApp } from '../support/test-app';

// A calendar feed URL works without a cookie, so its owner must be able to see and revoke it,
// and it must die with the owner's account.

let t: TestApp;
let cambinh: string;
let electionId: string;
let unitId: string;

beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  cambinh = await t.login('cambinh');
  const [row] = await query(
    t.database,
    `select e.id, u.id as unit_id from elections e join units u on u.id = e.unit_id
      where u.name = 'Phường Cẩm Bình'`,
  );
  electionId = String(row?.id);
  unitId = String(row?.unit_id);
});
afterAll(async () => t.close());

const api = (method: 'GET' | 'POST' | 'DELETE', url: string, cookie?: string, payload?: object) =>
  t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: cookie ? { cookie } : {},
    ...(payload ? { payload } : {}),
  });
const subscribe = async (cookie: string, target: object): Promise<string> =>
  (await api('POST', '/calendar-feeds', cookie, target)).json<{ url: string }>().url;
const fetchFeed = (url: string) => t.app.inject({ url });
interface FeedItem {
  id: string;
  electionName: string | null;
  unitName: string | null;
}
const feedsOf = async (cookie: string) =>
  (await api('GET', '/calendar-feeds', cookie)).json<{ items: FeedItem[] }>().items;

describe('calendar feeds', () => {
  test('the owner lists their feeds by what they show, never by token, and others see none of them', async () => {
    const election = await subscribe(cambinh, { electionId });
    const unit = await subscribe(cambinh, { unitId });
    expect((await fetchFeed(election)).statusCode).toBe(200);
    const items = await feedsOf(cambinh);
    expect(items.map((f) => f.electionName ?? f.unitName)).toEqual(
      expect.arrayContaining([expect.any(String), 'Phường Cẩm Bình']),
    );
    expect(items.some((f) => f.electionName !== null)).toBe(true);
    const listed = JSON.stringify(items);
    for (const url of [election, unit]) expect(listed).not.toContain(url.slice(6, 30));
    expect(await feedsOf(await t.login('kalong'))).toEqual([]);
  });

  test('a feed revoked by its owner answers 404; nobody else can revoke it', async () => {
    const url = await subscribe(cambinh, { electionId });
    const before = await feedsOf(cambinh);
    const [feed] = before;
    if (!feed) throw new Error('no feed listed');
    for (const other of ['kalong', 'admin', 'lanhdao.cambinh']) {
      const res = await api('DELETE', `/calendar-feeds/${feed.id}`, await t.login(other));
      expect(res.statusCode, other).toBe(404);
    }
    expect((await fetchFeed(url)).statusCode).toBe(200);
    expect((await api('DELETE', `/calendar-feeds/${feed.id}`, cambinh)).statusCode).toBe(200);
    expect((await fetchFeed(url)).statusCode).toBe(404);
    expect((await feedsOf(cambinh)).map((f) => f.id)).not.toContain(feed.id);
    expect((await api('DELETE', `/calendar-feeds/${feed.id}`, cambinh)).statusCode).toBe(404);
    expect((await api('GET', '/calendar-feeds')).statusCode).toBe(401);
  });

  test('every feed of a deactivated user stops working', async () => {
    const kalong = await t.login('kalong');
    const [user] = await query(
      t.database,
      `select id, unit_id from users where username = 'kalong'`,
    );
    const own = { unitId: String(user?.unit_id) };
    const urls = [await subscribe(kalong, own), await subscribe(kalong, own)];
    for (const url of urls) expect((await fetchFeed(url)).statusCode).toBe(200);
    const admin = await t.login('admin');
    const off = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${String(user?.id)}`,
      headers: { cookie: admin },
      payload: { active: false },
    });
    expect(off.statusCode).toBe(200);
    for (const url of urls) {
      const res = await fetchFeed(url);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('BEGIN:VCALENDAR');
    }
  });
});
