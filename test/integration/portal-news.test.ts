import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ContentItem } from '../../src/domain/content/content';
import type { Unit } from '../../src/domain/units/unit';
import {
  buildCorrection,
  buildElection,
  buildTree,
  buildUnit,
  type BuiltTree,
} from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let tree: BuiltTree;
let kp: Unit;
let correction: ContentItem;
let PAGE = '';
// A khu phố of the tree's ward, in the province's village-head election; the province has
// published the correction of a false claim.
beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildTree(t.deps);
  kp = await buildUnit(t.deps, { parent: tree.commune, name: 'Khu phố 3', kind: 'village' });
  const { election } = await buildElection(t.deps, tree.province, { electionDay: '2022-06-05' });
  PAGE = `/bau-cu/${election.slug}`;
  ({ correction } = await buildCorrection(t.deps, tree.province));
});
afterAll(async () => t.close());

test('a khu phố’s election page lists the corrections published above it, and a new article appears once published', async () => {
  const cambinh = await t.login(tree.users.commune.officer.username);
  const before = await t.app.inject(`${PAGE}/${kp.id}`);
  expect(before.body).toContain('Đính chính:');
  expect(before.body).toContain(correction.title);
  expect(before.body).not.toContain('Lịch tiếp xúc cử tri khu phố 3');

  const me = (await t.app.inject({ url: '/api/v1/me', headers: { cookie: cambinh } })).json();
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/content',
    headers: { cookie: cambinh },
    payload: {
      kind: 'article',
      title: 'Lịch tiếp xúc cử tri khu phố 3',
      summary: 'Tối thứ Bảy tại nhà văn hóa.',
      body: 'Mời cử tri dự buổi tiếp xúc.',
      unitId: me.unit.id,
    },
  });
  expect(created.statusCode).toBe(201);
  const admin = await t.login(tree.users.province.admin.username);
  expect(
    (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/content/${created.json().id}/approve`,
        headers: { cookie: admin },
        payload: {},
      })
    ).statusCode,
  ).toBe(200);
  expect(
    (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/content/${created.json().id}/publish`,
        // Four eyes: its author does not publish it; the admin who approved it does.
        headers: { cookie: admin },
        payload: {},
      })
    ).statusCode,
  ).toBe(200);

  const after = await t.app.inject(`${PAGE}/${kp.id}`);
  expect(after.body).toContain('Lịch tiếp xúc cử tri khu phố 3');
  expect(after.headers.etag).not.toBe(before.headers.etag);
});
