import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { User } from '../../src/domain/accounts/user';
import {
  buildElection,
  buildTree,
  buildUnit,
  buildUser,
  type BuiltTree,
} from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// A calendar feed URL works without a cookie, so its owner must be able to see and revoke it,
// and it must die with the owner's account.

let t: TestApp;
let tree: BuiltTree;
let owner: string;
let neighbour: User;
let electionId: string;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildTree(t.deps);
  // An officer of the next ward: a stranger to the owner's feeds, with feeds of their own.
  const nextWard = await buildUnit(t.deps, { parent: tree.district, kind: 'commune' });
  neighbour = await buildUser(t.deps, nextWard, { role: 'officer' });
  electionId = (await buildElection(t.deps, tree.commune)).election.id;
  owner = await t.login(tree.users.commune.officer.username);
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
    const election = await subscribe(owner, { electionId });
    const unit = await subscribe(owner, { unitId: tree.commune.id });
    expect((await fetchFeed(election)).statusCode).toBe(200);
    const items = await feedsOf(owner);
    expect(items.map((f) => f.electionName ?? f.unitName)).toEqual(
      expect.arrayContaining([expect.any(String), tree.commune.name]),
    );
    expect(items.some((f) => f.electionName !== null)).toBe(true);
    const listed = JSON.stringify(items);
    for (const url of [election, unit]) expect(listed).not.toContain(url.slice(6, 30));
    expect(await feedsOf(await t.login(neighbour.username))).toEqual([]);
  });

  test('a feed revoked by its owner answers 404; nobody else can revoke it', async () => {
    const url = await subscribe(owner, { electionId });
    const before = await feedsOf(owner);
    const [feed] = before;
    if (!feed) throw new Error('no feed listed');
    // A stranger, an admin above and the ward's own leader alike.
    for (const other of [
      neighbour.username,
      tree.users.province.admin.username,
      tree.users.commune.leader.username,
    ]) {
      const res = await api('DELETE', `/calendar-feeds/${feed.id}`, await t.login(other));
      expect(res.statusCode, other).toBe(404);
    }
    expect((await fetchFeed(url)).statusCode).toBe(200);
    expect((await api('DELETE', `/calendar-feeds/${feed.id}`, owner)).statusCode).toBe(200);
    expect((await fetchFeed(url)).statusCode).toBe(404);
    expect((await feedsOf(owner)).map((f) => f.id)).not.toContain(feed.id);
    expect((await api('DELETE', `/calendar-feeds/${feed.id}`, owner)).statusCode).toBe(404);
    expect((await api('GET', '/calendar-feeds')).statusCode).toBe(401);
  });

  test('every feed of a deactivated user stops working', async () => {
    const cookie = await t.login(neighbour.username);
    const own = { unitId: neighbour.unitId };
    const urls = [await subscribe(cookie, own), await subscribe(cookie, own)];
    for (const url of urls) expect((await fetchFeed(url)).statusCode).toBe(200);
    const admin = await t.login(tree.users.province.admin.username);
    const off = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${neighbour.id}`,
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
