import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { civilDate } from '../../src/domain/shared/dates';
import { electionRequests, type Json } from '../support/election-requests';
import { buildCandidate, buildElection, buildPolling, buildTree } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
const c = new Map<string, string>();
const { req, upload } = electionRequests(() => t, c);

let electionId = '';
let slug = '';
let districtId = '';
let kp1 = '';
const ids: string[] = [];

// A ward's village-head election held today (counts are entered from election day on), with one
// electoral district serving one of its villages and two candidates entered by another officer.
beforeAll(async () => {
  t = await buildTestApp();
  const tree = await buildTree(t.deps);
  c.set('cambinh', await t.login(tree.users.commune.officer.username));
  c.set('lanhdao.cambinh', await t.login(tree.users.commune.leader.username));
  const { election } = await buildElection(t.deps, tree.commune, {
    electionDay: civilDate(t.deps.clock.now()),
  });
  electionId = election.id;
  slug = election.slug;
  const polling = await buildPolling(t.deps, election, [
    {
      district: 'Đơn vị bầu cử trưởng thôn',
      name: 'Khu vực bỏ phiếu thôn',
      address: 'Nhà văn hóa thôn',
      commune: tree.commune,
      villages: [tree.village],
    },
  ]);
  const [district] = polling.districts;
  if (!district) throw new Error('no district built');
  districtId = district.id;
  kp1 = tree.village.id;
  for (let i = 0; i < 2; i++) ids.push((await buildCandidate(t.deps, district)).id);
});
afterAll(async () => t.close());

describe('candidates, results and the embargo', () => {
  test('programmes are sanitised and names escaped; photos are checked by their bytes', async () => {
    const xss = await req('POST', '/api/v1/candidates', 'cambinh', {
      districtId,
      fullName: '<script>alert(1)</script> Nguyễn',
      programmeHtml:
        '<p onclick="x()">Tốt</p><img src=x onerror=alert(1)><a href="javascript:alert(1)">a</a>',
    });
    expect(xss.statusCode).toBe(201);
    expect(xss.json().programmeHtml).toBe('<p>Tốt</p><a>a</a>');
    await req('DELETE', `/api/v1/candidates/${xss.json().id as string}`, 'cambinh');
    const notImage = await upload('PUT', `/api/v1/candidates/${ids[0] ?? ''}/photo`, 'cambinh', {
      photo: { name: 'anh.svg', bytes: Buffer.from('<svg onload=alert(1)>') },
    });
    expect(notImage.statusCode).toBe(400);
    const tooLarge = await upload('PUT', `/api/v1/candidates/${ids[0] ?? ''}/photo`, 'cambinh', {
      photo: { name: 'lon.png', bytes: new Uint8Array(2 * 1024 * 1024 + 1) },
    });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().errors[0].path).toBe('body.photo');
    // A real one-pixel PNG: a PNG signature followed by zeros is not a picture.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    expect(
      (
        await upload('PUT', `/api/v1/candidates/${ids[0] ?? ''}/photo`, 'cambinh', {
          photo: { name: 'anh.png', bytes: png },
        })
      ).statusCode,
    ).toBe(200);
    // Not public before the official list is published.
    expect((await req('GET', `/anh/${ids[0] ?? ''}`)).statusCode).toBe(404);
  });

  test('a count that fails a check is rejected with its rule, and nothing is saved', async () => {
    const bad = await req('PUT', '/api/v1/results', 'cambinh', {
      districtId,
      pollingAreaId: null,
      votersListed: 100,
      ballotsIssued: 120,
      valid: 100,
      invalid: 0,
      votes: {},
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.rules).toContain('ballots_le_voters');
    const results = (
      await req('GET', `/api/v1/elections/${electionId}/results`, 'lanhdao.cambinh')
    ).json<Json>().items;
    expect(results.find((r) => r.districtId === districtId)?.entered).toBe(false);
  });

  test('unpublished results reach neither the portal nor officers; a leader publishes', async () => {
    const page = () => req('GET', `/bau-cu/${slug}/${kp1}`);
    const before = await page();
    expect(before.statusCode).toBe(200);
    expect(before.body).toContain('chưa được công bố');
    const [a = '', b = ''] = ids;
    const saved = await req('PUT', '/api/v1/results', 'cambinh', {
      districtId,
      pollingAreaId: null,
      votersListed: 200,
      ballotsIssued: 150,
      valid: 148,
      invalid: 2,
      votes: { [a]: 97531, [b]: 40 },
    });
    expect(saved.json().details.rules).toContain('votes_le_valid');
    expect(
      (
        await req('PUT', '/api/v1/results', 'cambinh', {
          districtId,
          pollingAreaId: null,
          votersListed: 200,
          ballotsIssued: 150,
          valid: 148,
          invalid: 2,
          votes: { [a]: 97, [b]: 51 },
        })
      ).statusCode,
    ).toBe(200);
    const asOfficer = (await req('GET', `/api/v1/elections/${electionId}/results`, 'cambinh'))
      .json<Json>()
      .items.find((r) => r.districtId === districtId);
    // Under embargo the officer sees the count they typed (to correct it), never the outcome.
    expect(asOfficer).toMatchObject({ embargoed: true, entered: true, total: null, outcome: null });
    expect(asOfficer?.rows).toEqual([
      expect.objectContaining({ ballotsIssued: 150, votes: { [a]: 97, [b]: 51 } }),
    ]);
    const asLeader = (
      await req('GET', `/api/v1/elections/${electionId}/results`, 'lanhdao.cambinh')
    )
      .json<Json>()
      .items.find((r) => r.districtId === districtId);
    expect(asLeader).toMatchObject({
      embargoed: false,
      outcome: { status: 'elected', elected: [a] },
    });
    const again = await page();
    expect(again.body).toContain('Kết quả sẽ được đăng tại đây');
    expect(again.body).not.toContain('Trúng cử');
    expect(
      (await req('POST', `/api/v1/districts/${districtId}/publish-results`, 'cambinh')).statusCode,
    ).toBe(403);
    expect(
      (await req('POST', `/api/v1/districts/${districtId}/publish-candidates`, 'lanhdao.cambinh'))
        .statusCode,
    ).toBe(200);
    expect(
      (await req('POST', `/api/v1/districts/${districtId}/publish-results`, 'lanhdao.cambinh'))
        .statusCode,
    ).toBe(200);
    const after = await page();
    expect(after.body).toContain('Trúng cử');
    expect(after.body).toContain('>97<');
    expect((await req('GET', `/anh/${a}`)).headers['content-type']).toBe('image/png');
  });
});
