import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Database } from '../../src/db/database';
import { appOn, signIn } from '../support/test-app';
import { createTestDatabase } from '../support/test-db';

/** A stand-in for the CDN's purge endpoint: it records what it is asked to purge. */
const purges: string[][] = [];
let receiver: Server;
let database: Database;
let app: FastifyInstance;
let cookie = '';
let cambinh = '';

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      purges.push((JSON.parse(body) as { tags: string[] }).tags);
      res.end('{}');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  database = await createTestDatabase();
  ({ app } = await appOn(database, {
    seed: true,
    cdnPurgeUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/purge`,
  }));
  cookie = await signIn(app, 'cambinh');
  cambinh = (await app.inject({ url: '/api/v1/me', headers: { cookie } })).json<{
    unit: { id: string };
  }>().unit.id;
}, 120_000);

afterAll(async () => {
  await app.close();
  await database.close();
  receiver.close();
});

test('a place’s page carries its election and the units on its path as cache tags', async () => {
  const res = await app.inject({ url: `/bau-cu/na-hdnd.2021-05-23/${cambinh}` });
  expect(res.statusCode).toBe(200);
  const tags = String(res.headers['cache-tag']).split(',');
  expect(tags).toContain(`unit:${cambinh}`);
  expect(tags.some((t) => t.startsWith('election:'))).toBe(true);
  expect((await app.inject({ url: '/' })).headers['cache-tag']).toBe('lists');
});

test('a voter text changed in one ward purges that ward’s tag from the CDN, and nothing wider', async () => {
  purges.length = 0;
  const res = await app.inject({
    method: 'PUT',
    url: '/api/v1/voter-info',
    headers: { cookie },
    payload: { unitId: cambinh, key: 'how_to_vote', title: 'Cách bầu', body: 'Mang thẻ cử tri.' },
  });
  expect(res.statusCode).toBe(200);
  for (let i = 0; i < 1500 && purges.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
  expect(purges).toEqual([[`unit:${cambinh}`]]);
});

test('a change to one electoral district purges that district’s pages alone, which carry its tag', async () => {
  const kalong = await signIn(app, 'lanhdao.kalong');
  const get = (url: string) => app.inject({ url, headers: { cookie: kalong } });
  const elections = (await get('/api/v1/elections')).json<{
    items: Array<{ id: string; slug: string }>;
  }>().items;
  const election = elections.find((e) => e.slug === 'village-head.quang-ninh.2022-06-05');
  if (!election) throw new Error('no 2022 village-head election in the demo');
  const polling = (await get(`/api/v1/elections/${election.id}/polling`)).json<{
    areas: Array<{ districtId: string; villages: Array<{ id: string }> }>;
  }>();
  const area = polling.areas.find((a) => a.villages.length > 0);
  if (!area) throw new Error('no polling area of Ka Long in the demo');
  const page = await app.inject({ url: `/bau-cu/${election.slug}/${area.villages[0]?.id ?? ''}` });
  expect(String(page.headers['cache-tag']).split(',')).toContain(`district:${area.districtId}`);
  purges.length = 0;
  const added = await app.inject({
    method: 'POST',
    url: '/api/v1/candidates',
    headers: { cookie: kalong },
    payload: { districtId: area.districtId, fullName: 'Nguyễn Văn Mẫu' },
  });
  expect(added.statusCode).toBe(201);
  for (let i = 0; i < 1500 && purges.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
  expect(purges).toEqual([[`district:${area.districtId}`]]);
});
