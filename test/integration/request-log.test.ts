import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildElection, buildTree } from '../support/factories';
import { openedSoFar } from '../support/teardown';
import { buildTestApp, type TestApp } from '../support/test-app';

/**
 * What the production log (level info) holds per request: one line for each piece of work and
 * each error, with the request id the answer carries; nothing for a voter's page read that went
 * well, which on polling day is thousands a second.
 */
interface Line {
  level: number;
  msg: string;
  reqId?: string;
  method?: string;
  url?: string;
  status?: number;
  ms?: number;
}

const lines: Line[] = [];
let t: TestApp;
let officer = '';
const opened = openedSoFar();
beforeAll(async () => {
  t = await opened.open(
    buildTestApp({
      log: { level: 'info', stream: { write: (line) => lines.push(JSON.parse(line) as Line) } },
      // A ward with an election, so the portal's home page links to an election page.
      prepare: async (_database, deps) => {
        const tree = await buildTree(deps);
        await buildElection(deps, tree.commune);
        officer = tree.users.commune.officer.username;
      },
    }),
  );
}, 120_000);
afterAll(() => opened.closeAll());

const linesOf = async (send: () => Promise<{ headers: Record<string, unknown> }>) => {
  const from = lines.length;
  const res = await send();
  return { res, lines: lines.slice(from) };
};

test('a voter reading portal pages and the workspace files writes no line', async () => {
  const home = await t.app.inject({ url: '/' });
  const page = /href="(\/bau-cu\/[^"]+)"/.exec(home.body)?.[1];
  expect(page).toBeDefined();
  for (const url of [page as string, page as string, '/', '/app/', '/tim-kiem?q=thu'])
    expect((await linesOf(() => t.app.inject({ url }))).lines).toEqual([]);
});

test('each piece of work writes one line with its id, address, status and time', async () => {
  const login = await linesOf(() =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: officer, password: 'demo1234' },
    }),
  );
  expect(login.lines).toEqual([
    expect.objectContaining({
      msg: 'request',
      method: 'POST',
      url: '/api/v1/auth/login',
      status: 200,
      reqId: login.res.headers['x-request-id'],
      ms: expect.any(Number),
    }),
  ]);
  // The session cookie is nowhere in the log.
  const cookie = String(login.res.headers['set-cookie']).split(';')[0] ?? '';
  const me = await linesOf(() => t.app.inject({ url: '/api/v1/me', headers: { cookie } }));
  expect(me.lines).toEqual([expect.objectContaining({ url: '/api/v1/me', status: 200 })]);
  expect(JSON.stringify(lines)).not.toContain(cookie.split('=')[1]);
});

test('errors are logged, the portal’s too: a wrong address, a refused request', async () => {
  const missing = await linesOf(() => t.app.inject({ url: '/bau-cu/khong-co/abc' }));
  expect(missing.lines).toEqual([expect.objectContaining({ status: 404 })]);
  const refused = await linesOf(() => t.app.inject({ url: '/api/v1/me' }));
  expect(refused.lines).toEqual([
    expect.objectContaining({
      url: '/api/v1/me',
      status: 401,
      reqId: refused.res.headers['x-request-id'],
    }),
  ]);
});
