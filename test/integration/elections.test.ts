import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { civilDate } from '../../src/domain/shared/dates';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
const c = new Map<string, string>();
type Json = Record<string, unknown> & { items: Array<Record<string, unknown>> };

beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  for (const who of ['admin', 'cambinh', 'kalong', 'lanhdao.cambinh'])
    c.set(who, await t.login(who));
});
afterAll(async () => t.close());

const req = (
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  who?: string,
  payload?: object,
) =>
  t.app.inject({
    method,
    url,
    headers: who ? { cookie: c.get(who) ?? '' } : {},
    ...(payload ? { payload } : {}),
  });
const unitId = async (q: string): Promise<string> =>
  String(
    (await req('GET', `/api/v1/units?search=${encodeURIComponent(q)}`, 'admin')).json<Json>()
      .items[0]?.id,
  );
const electionBySlug = async (who: string, slug: string) => {
  const items = (await req('GET', '/api/v1/elections', who)).json<Json>().items;
  const e = items.find((x) => x.slug === slug);
  if (!e) throw new Error(`no election ${slug}`);
  return e as { id: string; slug: string; unitId: string };
};
const csv = (rows: string[][]) =>
  Buffer.from(rows.map((r) => r.join(',')).join('\n')).toString('base64');

describe('elections in the workspace', () => {
  test('the demo carries 2021, 2022 and an upcoming election six weeks away, with readable ids', async () => {
    const items = (await req('GET', '/api/v1/elections', 'cambinh')).json<Json>().items;
    const slugs = items.map((e) => e.slug);
    expect(slugs).toContain('na-hdnd.2021-05-23');
    expect(slugs).toContain('village-head.quang-ninh.2022-06-05');
    const upcoming = items.find((e) => String(e.slug).startsWith('village-head.cam-binh.'));
    const days =
      (Date.parse(String(upcoming?.electionDay)) - Date.parse(civilDate(new Date()))) / 86_400_000;
    expect(days).toBe(42);
    expect(upcoming?.sample).toBe(true);
  });

  test('an NA_HDND day that is not a Sunday needs a reason; milestones follow election day unless edited', async () => {
    const root = await unitId('toan quoc');
    const base = { type: 'NA_HDND', name: 'Bầu cử thử', term: '2026-2031', unitId: root };
    const saturday = await req('POST', '/api/v1/elections', 'admin', {
      ...base,
      electionDay: '2026-03-14',
    });
    expect(saturday.statusCode).toBe(400);
    expect(saturday.json().errors[0].path).toBe('dayReason');
    const created = await req('POST', '/api/v1/elections', 'admin', {
      ...base,
      electionDay: '2026-03-14',
      dayReason: 'Thử nghiệm',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().dayWarning).toMatch(/Chủ nhật/);
    const sunday = (
      await req('POST', '/api/v1/elections', 'admin', { ...base, electionDay: '2026-03-15' })
    ).json();
    expect(sunday.slug).toBe('na-hdnd.2026-03-15');
    expect(sunday.template).toBe('NA_HDND_2025');
    const ms = () =>
      req('GET', `/api/v1/elections/${sunday.id}/milestones`, 'admin').then(
        (r) => r.json<Json>().items,
      );
    const list = await ms();
    expect(list.find((m) => m.code === 'voter_list')?.dueOn).toBe('2026-02-03');
    const complaints = list.find((m) => m.code === 'candidate_complaints');
    const edited = await req(
      'PATCH',
      `/api/v1/elections/${sunday.id}/milestones/${String(complaints?.id)}`,
      'admin',
      { dueOn: '2026-03-06' },
    );
    expect(edited.json().edited).toBe(true);
    await req('PATCH', `/api/v1/elections/${sunday.id}`, 'admin', { electionDay: '2026-03-22' });
    const moved = await ms();
    expect(moved.find((m) => m.code === 'voter_list')?.dueOn).toBe('2026-02-10');
    expect(moved.find((m) => m.code === 'candidate_complaints')?.dueOn).toBe('2026-03-06');
    const voterList = moved.find((m) => m.code === 'voter_list');
    const noEvidence = await req(
      'PATCH',
      `/api/v1/elections/${sunday.id}/milestones/${String(voterList?.id)}`,
      'admin',
      { evidence: { done: true } },
    );
    expect(noEvidence.statusCode).toBe(400);
    const done = await req(
      'PATCH',
      `/api/v1/elections/${sunday.id}/milestones/${String(voterList?.id)}`,
      'admin',
      {
        evidence: {
          done: true,
          note: 'Đã niêm yết',
          url: 'https://example.vn/a',
          file: { name: 'bien-ban.txt', contentBase64: Buffer.from('x').toString('base64') },
        },
      },
    );
    expect(done.json()).toMatchObject({ status: 'done', evidenceFileName: 'bien-ban.txt' });
  });

  test('polling areas import all or nothing, with a data-quality report', async () => {
    const e = await electionBySlug('cambinh', 'na-hdnd.2021-05-23');
    const header = [
      'Đơn vị bầu cử',
      'Số đại biểu',
      'Khu vực bỏ phiếu',
      'Địa chỉ',
      'Xã phường',
      'Thôn tổ',
      'Số cử tri',
    ];
    const bad = await req('POST', `/api/v1/elections/${e.id}/polling/import`, 'cambinh', {
      fileName: 'kv.csv',
      contentBase64: csv([
        header,
        ['Đơn vị số 9', '2', 'KV 1', 'Nhà văn hóa khu 1', 'Cẩm Bình', 'Khu phố 1', '500'],
        ['Đơn vị số 9', '2', 'KV 1', 'Nhà văn hóa khu 1', 'Cẩm Bình', 'Khu phố 1', '500'],
        ['Đơn vị số 9', '2', 'KV 2', '', 'Cẩm Bình', 'Khu phố 9', '400'],
        ['Đơn vị số 9', '2', 'KV 3', 'Nhà văn hóa', 'Hồng Gai', '', '300'],
      ]),
    });
    const report = bad.json();
    expect(report.applied).toBe(false);
    expect(report.issues.map((i: { kind: string }) => i.kind).sort()).toEqual([
      'duplicate',
      'missing',
      'unknown_unit',
      'unknown_unit',
    ]);
    const before = (await req('GET', `/api/v1/elections/${e.id}/polling`, 'cambinh')).json<{
      areas: unknown[];
    }>().areas.length;
    const good = await req('POST', `/api/v1/elections/${e.id}/polling/import`, 'cambinh', {
      fileName: 'kv.csv',
      contentBase64: csv([
        header,
        ['Đơn vị số 9', '2', 'KV 1', 'Nhà văn hóa khu 1', 'cam binh', 'Khu phố 1;Khu phố 2', '500'],
      ]),
    });
    expect(good.json()).toMatchObject({
      applied: true,
      created: { districts: 1, pollingAreas: 1 },
    });
    expect(
      (await req('GET', `/api/v1/elections/${e.id}/polling`, 'cambinh')).json().areas.length,
    ).toBe(before + 1);
  });
});

describe('candidates, results and the embargo', () => {
  let electionId = '';
  let slug = '';
  let districtId = '';
  let kp1 = '';
  const ids: string[] = [];
  beforeAll(async () => {
    const e = await electionBySlug(
      'cambinh',
      (await req('GET', '/api/v1/elections', 'cambinh'))
        .json<Json>()
        .items.map((x) => String(x.slug))
        .find((s) => s.startsWith('village-head.cam-binh.')) ?? '',
    );
    electionId = e.id;
    slug = e.slug;
    // Counts are entered from election day on: the day comes (moved to today) for these tests.
    const moved = await req('PATCH', `/api/v1/elections/${electionId}`, 'admin', {
      electionDay: civilDate(new Date()),
    });
    expect(moved.statusCode).toBe(200);
    const polling = (await req('GET', `/api/v1/elections/${electionId}/polling`, 'cambinh')).json();
    districtId = polling.districts[0].id;
    kp1 = polling.areas.find((a: { districtId: string }) => a.districtId === districtId).villages[0]
      .id;
    for (const id of (await req('GET', `/api/v1/elections/${electionId}/candidates`, 'cambinh'))
      .json<Json>()
      .items.filter((x) => x.districtId === districtId)
      .map((x) => String(x.id)))
      ids.push(id);
  });

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
    const notImage = await req('PUT', `/api/v1/candidates/${ids[0] ?? ''}/photo`, 'cambinh', {
      contentBase64: Buffer.from('<svg onload=alert(1)>').toString('base64'),
    });
    expect(notImage.statusCode).toBe(400);
    // A real one-pixel PNG: a PNG signature followed by zeros is not a picture.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    expect(
      (
        await req('PUT', `/api/v1/candidates/${ids[0] ?? ''}/photo`, 'cambinh', {
          contentBase64: png.toString('base64'),
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
