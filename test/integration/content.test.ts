import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toneWav } from '../../src/domain/content/wav';
import { publishedNews } from '../../src/domain/content/published-news';
import { renderNewsList } from '../../src/portal/news-list';
import type { User } from '../../src/domain/accounts/user';
import type { Unit } from '../../src/domain/units/unit';
import { signedIn } from '../support/content-helpers';
import { buildTree, buildUnit, buildUser } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

const PNG_PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

let t: TestApp;
let s: ReturnType<typeof signedIn>;
let audioId = '';
// A city, one of its wards with a village (khu phố), and a sibling ward the content never reaches.
let city: Unit;
let ward: Unit;
let kp1: Unit;
let otherWard: Unit;
let cityOfficer: User;
let wardOfficer: User;
let wardLeader: User;
let kp1Officer: User;
let otherOfficer: User;
// Someone other than the authors, above them, who may approve.
let approver: User;
// The ward's units below it besides kp1: two more khu phố and two agencies.
const KHU_PHO = ['Khu phố 2 thử', 'Khu phố 3 thử'];
const AGENCIES = ['Bộ phận Văn hóa - Xã hội thử', 'Công an phường thử'];
const MORE_BELOW_WARD = KHU_PHO.length + AGENCIES.length;

beforeAll(async () => {
  t = await buildTestApp();
  const tree = await buildTree(t.deps);
  ({ district: city, commune: ward, village: kp1 } = tree);
  cityOfficer = tree.users.district.officer;
  wardOfficer = tree.users.commune.officer;
  wardLeader = tree.users.commune.leader;
  kp1Officer = tree.users.village.officer;
  approver = tree.users.province.admin;
  otherWard = await buildUnit(t.deps, { parent: city, name: 'Phường khác thử', kind: 'commune' });
  otherOfficer = await buildUser(t.deps, otherWard, { role: 'officer' });
  for (const name of KHU_PHO) await buildUnit(t.deps, { parent: ward, name, kind: 'village' });
  for (const name of AGENCIES) await buildUnit(t.deps, { parent: ward, name, kind: 'agency' });
  s = signedIn(t);
});
afterAll(async () => t.close());

describe('content library: upload, approval, distribution down three levels, acknowledgement', () => {
  test('an audio file is checked by content, its duration read, and approved by someone else', async () => {
    const created = await s.call('POST', '/api/v1/content', cityOfficer, {
      unitId: city.id,
      kind: 'audio',
      title: 'Thông báo lịch bầu cử',
      themes: ['Ngày bầu cử'],
    });
    expect(created.statusCode).toBe(201);
    audioId = created.json().id;
    const exe = new Uint8Array(4096);
    exe.set([0x4d, 0x5a, 0x90, 0]);
    const refused = await s.upload(
      `/api/v1/content/${audioId}/file`,
      cityOfficer,
      exe,
      'bai-hat.mp3',
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toContain('chương trình chạy được');
    const up = await s.upload(
      `/api/v1/content/${audioId}/file`,
      cityOfficer,
      toneWav(12.5),
      'thông báo.wav',
    );
    expect(up.statusCode).toBe(200);
    expect(up.json().file).toMatchObject({
      mediaType: 'audio/wav',
      durationSeconds: 12.5,
      name: 'thông báo.wav',
    });
    expect(
      (await s.call('POST', `/api/v1/content/${audioId}/approve`, cityOfficer)).statusCode,
    ).toBe(403);
    expect(
      (
        await s.call('POST', `/api/v1/content/${audioId}/distribute`, cityOfficer, {
          unitIds: [ward.id],
          includeSubtree: false,
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (await s.call('POST', `/api/v1/content/${audioId}/approve`, approver)).json().status,
    ).toBe('approved');
  });

  test('over-size uploads are refused with the cap named, nothing stored', async () => {
    const poster = (
      await s.call('POST', '/api/v1/content', cityOfficer, {
        unitId: city.id,
        kind: 'poster',
        title: 'Pano cổ động',
      })
    ).json().id as string;
    // A real one-pixel PNG padded past the cap: a PNG signature followed by zeros is no picture.
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PNG_PIXEL);
    const res = await s.upload(`/api/v1/content/${poster}/file`, cityOfficer, big, 'pano.png');
    expect(res.statusCode).toBe(413);
    expect(res.json().detail).toContain('10 MB');
    expect((await s.call('GET', `/api/v1/content/${poster}`, cityOfficer)).json().file).toBeNull();
  });

  test('city → ward → khu phố: each recipient acknowledges, the sender sees who has not', async () => {
    expect((await s.call('GET', `/api/v1/content/${audioId}`, wardOfficer)).statusCode).toBe(404);
    const sent = await s.call('POST', `/api/v1/content/${audioId}/distribute`, cityOfficer, {
      unitIds: [ward.id],
      includeSubtree: false,
    });
    expect(sent.json()).toEqual({ added: 1, skipped: 0 });
    const seen = await s.call('GET', '/api/v1/content', wardOfficer);
    const mine = seen.json().items.find((i: { id: string }) => i.id === audioId);
    expect(mine).toMatchObject({ own: false, received: { acknowledgedAt: null } });
    expect(
      (await s.call('GET', `/api/v1/content/${audioId}/file`, wardOfficer)).headers['content-type'],
    ).toBe('audio/wav');
    // The ward forwards it to one of its khu phố; a unit outside its subtree is not found.
    expect(
      (
        await s.call('POST', `/api/v1/content/${audioId}/distribute`, wardOfficer, {
          unitIds: [otherWard.id],
          includeSubtree: false,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await s.call('POST', `/api/v1/content/${audioId}/distribute`, wardOfficer, {
          unitIds: [kp1.id],
          includeSubtree: false,
        })
      ).json().added,
    ).toBe(1);
    expect(
      (await s.call('POST', `/api/v1/content/${audioId}/acknowledge`, kp1Officer, {})).statusCode,
    ).toBe(200);
    let recipients = (
      await s.call('GET', `/api/v1/content/${audioId}/recipients`, cityOfficer)
    ).json();
    expect(recipients).toMatchObject({ total: 2, acknowledged: 1 });
    expect(recipients.items[0]).toMatchObject({
      unitName: ward.name,
      acknowledgedAt: null,
    });
    expect(
      (await s.call('POST', `/api/v1/content/${audioId}/acknowledge`, wardOfficer, {})).statusCode,
    ).toBe(200);
    expect(
      (await s.call('POST', `/api/v1/content/${audioId}/acknowledge`, wardOfficer, {})).statusCode,
    ).toBe(200);
    recipients = (await s.call('GET', `/api/v1/content/${audioId}/recipients`, cityOfficer)).json();
    expect(recipients).toMatchObject({ total: 2, acknowledged: 2 });
    // The sibling ward never received it: it does not exist there.
    expect((await s.call('GET', `/api/v1/content/${audioId}`, otherOfficer)).statusCode).toBe(404);
    expect(
      (await s.call('POST', `/api/v1/content/${audioId}/acknowledge`, otherOfficer, {})).statusCode,
    ).toBe(404);
    expect((await s.call('GET', `/api/v1/content/${audioId}/file`, otherOfficer)).statusCode).toBe(
      404,
    );
  });

  test('a whole subtree at once; units that already have it are skipped', async () => {
    const res = await s.call('POST', `/api/v1/content/${audioId}/distribute`, cityOfficer, {
      unitIds: [ward.id],
      includeSubtree: true,
    });
    // The ward and khu phố 1 already had it; the rest of its subtree gets it now.
    expect(res.json()).toEqual({ added: MORE_BELOW_WARD, skipped: 2 });
    expect(
      (await s.call('GET', `/api/v1/content/${audioId}/recipients`, wardOfficer)).json(),
    ).toMatchObject({ total: MORE_BELOW_WARD + 2, acknowledged: 2 });
  });
});

describe('articles on the portal', () => {
  test('no self-approval; publishing records an activity and shows the article, escaped', async () => {
    const article = await s.call('POST', '/api/v1/content', wardLeader, {
      unitId: ward.id,
      kind: 'article',
      title: 'Hướng dẫn bỏ phiếu <script>alert(1)</script>',
      summary: 'Các bước cử tri cần biết',
      body: 'Đoạn một.\n\nĐoạn hai <b>đậm</b>.',
    });
    const id = article.json().id as string;
    const self = await s.call('POST', `/api/v1/content/${id}/approve`, wardLeader);
    expect(self.statusCode).toBe(403);
    expect(self.json().detail).toContain('tự duyệt');
    expect(
      (await s.call('POST', `/api/v1/content/${id}/publish`, wardOfficer, {})).statusCode,
    ).toBe(409);
    await s.call('POST', `/api/v1/content/${id}/approve`, approver);
    const published = await s.call('POST', `/api/v1/content/${id}/publish`, wardOfficer, {});
    expect(published.json().publishedAt).not.toBeNull();
    await s.call('POST', `/api/v1/content/${id}/publish`, wardOfficer, {});
    const acts = (
      await s.call(
        'GET',
        `/api/v1/activities?unitId=${ward.id}&channel=web_portal&categoryCode=tin_bai`,
        wardOfficer,
      )
    ).json();
    expect(
      acts.items.filter(
        (a: { source: string; title: string }) =>
          a.source === 'publication' && a.title.startsWith('Hướng dẫn'),
      ),
    ).toHaveLength(1);
    const page = await t.app.inject({ url: `/tin-tuc/${id}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Hướng dẫn bỏ phiếu &lt;script&gt;');
    expect(page.body).not.toContain('<script>alert');
    expect(page.body).toContain('<p>Đoạn hai &lt;b&gt;đậm&lt;/b&gt;.</p>');
    expect(
      (
        await t.app.inject({
          url: `/tin-tuc/${id}`,
          headers: { 'if-none-match': page.headers.etag as string },
        })
      ).statusCode,
    ).toBe(304);
    const news = await publishedNews(t.deps, { unitPath: kp1.path, limit: 10 });
    expect(news.map((n) => n.id)).toContain(id);
    expect(renderNewsList(news)).toContain(`href="/tin-tuc/${id}"`);
    expect(
      (await t.app.inject({ url: '/tin-tuc/00000000-0000-4000-8000-000000000000' })).statusCode,
    ).toBe(404);
  });
});
