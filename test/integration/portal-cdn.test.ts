import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Database } from '../../src/db/database';
import type { Election } from '../../src/domain/elections/election';
import { createDeps } from '../../src/server/main';
import { buildElection, buildPolling, buildTree, buildUnit, buildUser } from '../support/factories';
import { appOn, signIn } from '../support/test-app';
import { createTestDatabase } from '../support/test-db';

/** A stand-in for the CDN's purge endpoint: it records what it is asked to purge. */
const purges: string[][] = [];
let receiver: Server;
let database: Database;
let app: FastifyInstance;
let cookie = '';
let cambinh = '';
let leaderOfOtherWard = '';
let na2021: Election;
let vh2022: Election;

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
  // Built before the app exists, so no purge of the setup reaches the receiver. A ward of the
  // tree, and another ward with a khu phố in another city, both under the province's elections.
  const deps = createDeps(database, { smtpUrl: undefined, mailFrom: 'test@loa.local' });
  const tree = await buildTree(deps);
  const city = await buildUnit(deps, { parent: tree.province, name: 'TP thử', kind: 'district' });
  const ward = await buildUnit(deps, { parent: city, name: 'Phường thử hai' });
  const khuPho = await buildUnit(deps, { parent: ward, name: 'Khu phố 1', kind: 'village' });
  leaderOfOtherWard = (await buildUser(deps, ward, { role: 'leader' })).username;
  ({ election: na2021 } = await buildElection(deps, tree.province, {
    type: 'NA_HDND',
    electionDay: '2021-05-23',
    term: '2021-2026',
  }));
  ({ election: vh2022 } = await buildElection(deps, tree.province, { electionDay: '2022-06-05' }));
  await buildPolling(deps, vh2022, [
    {
      district: 'Khu phố 1',
      name: 'KV 1',
      address: 'Nhà văn hóa',
      commune: ward,
      villages: [khuPho],
    },
  ]);
  ({ app } = await appOn(database, {
    cdnPurgeUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/purge`,
  }));
  cookie = await signIn(app, tree.users.commune.officer.username);
  cambinh = tree.commune.id;
}, 120_000);

afterAll(async () => {
  await app.close();
  await database.close();
  receiver.close();
});

test('a place’s page carries its election and the units on its path as cache tags', async () => {
  const res = await app.inject({ url: `/bau-cu/${na2021.slug}/${cambinh}` });
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
  const kalong = await signIn(app, leaderOfOtherWard);
  const get = (url: string) => app.inject({ url, headers: { cookie: kalong } });
  const elections = (await get('/api/v1/elections')).json<{
    items: Array<{ id: string; slug: string }>;
  }>().items;
  const election = elections.find((e) => e.slug === vh2022.slug);
  if (!election) throw new Error('the ward does not see the 2022 village-head election');
  const polling = (await get(`/api/v1/elections/${election.id}/polling`)).json<{
    areas: Array<{ districtId: string; villages: Array<{ id: string }> }>;
  }>();
  const area = polling.areas.find((a) => a.villages.length > 0);
  if (!area) throw new Error('the ward sees no polling area of its own');
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
