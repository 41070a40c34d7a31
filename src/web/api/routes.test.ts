import { afterEach, describe, expect, test, vi } from 'vitest';
import { api } from './client';
import { fillPath } from './routes';

// What the client sends is checked here; what it may send is checked by the type checker, which
// reads each route's parameters, body and answer from openapi.json (routes.ts). The calls in
// `refusedByTheTypeChecker` are never run: each must be a type error, or `npm test`'s type check
// fails on the unused `@ts-expect-error`.

/* eslint-disable @typescript-eslint/no-unused-vars */
function refusedByTheTypeChecker(key: string) {
  // @ts-expect-error a route the API does not have
  void api.get('/no-such-route');
  // @ts-expect-error a route's path parameters are required
  void api.get('/units/{id}');
  // @ts-expect-error a parameter of another name
  void api.get('/units/{id}', { path: { unitId: 'u1' } });
  // @ts-expect-error a query value of the wrong kind ("true" | "false" in the contract)
  void api.get('/units', { query: { includeInactive: true } });
  // @ts-expect-error POST /units creates (201): only api.create, with the form's key, sends it
  void api.post('/units', { body: { name: 'Tổ 1', kind: 'village', parentId: 'u1' } });
  // @ts-expect-error moving a unit creates nothing: api.create refuses it
  void api.create('/units/{id}/move', { path: { id: 'u1' }, body: { parentId: 'u2' } }, key);
  // @ts-expect-error a body the route does not take
  void api.patch('/units/{id}', { path: { id: 'u1' }, body: { colour: 'đỏ' } });
}
/* eslint-enable @typescript-eslint/no-unused-vars */

describe('fillPath', () => {
  test('puts each value in its place, encoded', () => {
    expect(fillPath('/plans/{id}/tasks/{taskId}', { id: 'a b', taskId: 'c/d' })).toBe(
      '/plans/a%20b/tasks/c%2Fd',
    );
  });

  test('refuses a route whose value is missing', () => {
    expect(() => fillPath('/units/{id}', {})).toThrow('{id}');
  });
});

describe('the client', () => {
  const sent: Array<{ url: string; method: string; body: unknown }> = [];
  afterEach(() => {
    vi.unstubAllGlobals();
    sent.length = 0;
  });
  const answer = (status: number, body: unknown) =>
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      sent.push({
        url,
        method: init.method ?? 'GET',
        body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      });
      return Promise.resolve(new Response(JSON.stringify(body), { status }));
    });

  test('fills the path, drops empty query values and answers the JSON', async () => {
    answer(200, { items: [] });
    const list = await api.get('/units', { query: { search: 'Cẩm Bình', parentId: '' } });
    expect(list.items).toEqual([]);
    expect(sent).toEqual([
      {
        url: '/api/v1/units?search=C%E1%BA%A9m+B%C3%ACnh',
        method: 'GET',
        body: undefined,
      },
    ]);
  });

  test('sends an action with an empty body when it takes none', async () => {
    answer(200, {});
    await api.post('/units/{id}/activate', { path: { id: 'u 1' } });
    expect(sent).toEqual([{ url: '/api/v1/units/u%201/activate', method: 'POST', body: {} }]);
  });

  test("turns a problem into an ApiError carrying the server's words", async () => {
    answer(404, { title: 'Không tìm thấy đơn vị', status: 404, code: 'not_found' });
    await expect(api.get('/units/{id}', { path: { id: 'x' } })).rejects.toMatchObject({
      status: 404,
      code: 'not_found',
      message: 'Không tìm thấy đơn vị',
    });
  });
});
