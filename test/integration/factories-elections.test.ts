import { afterAll, beforeAll, expect, test } from 'vitest';
import { civilDate } from '../../src/domain/shared/dates';
import { samplePhotoPng } from '../../src/db/seed/sample-png';
import {
  buildCandidate,
  buildCorrection,
  buildElection,
  buildPolling,
  buildResult,
  buildTree,
  buildUnit,
} from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// The polling, candidate, result and correction factories go through the import, the candidate
// list, the count a ward enters and the correction of a claim: what they build is what the portal
// then shows a voter.

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t.close());

test('buildPolling, buildCandidate and buildResult make a published district the portal shows', async () => {
  const tree = await buildTree(t.deps);
  const second = await buildUnit(t.deps, {
    parent: tree.commune,
    name: 'Thôn thử hai',
    kind: 'village',
  });
  // Counts are entered from election day on: the election is held today.
  const today = civilDate(t.deps.clock.now());
  const { election } = await buildElection(t.deps, tree.commune, { electionDay: today });
  const polling = await buildPolling(t.deps, election, [
    {
      district: 'Đơn vị số 1',
      name: 'KV 1',
      address: 'Nhà văn hóa thôn',
      commune: tree.commune,
      villages: [tree.village, second],
    },
  ]);
  expect(polling.districts.map((d) => d.name)).toEqual(['Đơn vị số 1']);
  expect(polling.areas[0]?.villages.map((v) => v.id).sort()).toEqual(
    [tree.village.id, second.id].sort(),
  );
  const [district] = polling.districts;
  if (!district) throw new Error('no district');
  const a = await buildCandidate(t.deps, district, { photo: samplePhotoPng(1) });
  const b = await buildCandidate(t.deps, district);
  const votes = { [a.id]: 90, [b.id]: 50 };
  await buildResult(
    t.deps,
    district,
    { votersListed: 200, ballotsIssued: 150, valid: 148, invalid: 2, votes },
    { publish: true },
  );
  const page = await t.app.inject(`/bau-cu/${election.slug}/${tree.village.id}`);
  expect(page.statusCode).toBe(200);
  expect(page.body).toContain('Trúng cử');
  expect(page.body).toContain(a.fullName);
  expect((await t.app.inject(`/anh/${a.id}`)).headers['content-type']).toBe('image/png');
});

test("buildCorrection publishes a false claim's correction, which marks the case corrected", async () => {
  const tree = await buildTree(t.deps);
  const { claim, correction } = await buildCorrection(t.deps, tree.commune);
  expect(claim).toMatchObject({
    status: 'corrected',
    verdict: 'false',
    correctionId: correction.id,
  });
  expect(correction).toMatchObject({ kind: 'article', status: 'approved', claimId: claim.groupId });
  expect(correction.publishedAt).not.toBeNull();
  const page = await t.app.inject(`/tin-tuc/${correction.id}`);
  expect(page.statusCode).toBe(200);
  expect(page.body).toContain('Đính chính thông tin sai lệch');
});
