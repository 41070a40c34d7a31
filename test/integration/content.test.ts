import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toneWav } from '../../src/domain/content/wav';
import { publishedNews } from '../../src/domain/content/published-news';
import { renderNewsList } from '../../src/portal/news-list';
import { buildTestApp, type TestApp } from '../support/test-app';
import { buildUser } from '../support/factories';
import { demoSession } from '../support/content-helpers';

const PNG_PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

let t: TestApp;
let s: Awaited<ReturnType<typeof demoSession>>;
let audioId = '';

beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  s = await demoSession(t, ['campha', 'cambinh', 'kalong', 'lanhdao.cambinh'], {
    campha: 'thanh pho cam pha',
    cambinh: 'phuong cam binh',
    kalong: 'phuong ka long',
  });
  const kp1 = await t.deps.repos.units.get(await s.child('cambinh', 'Khu phố 1'));
  if (!kp1) throw new Error('kp1');
  await buildUser(t.deps, kp1, { username: 'kp1', role: 'officer' });
  s.cookies.set('kp1', await t.login('kp1'));
});
afterAll(async () => t.close());

describe('content library: upload, approval, distribution down three levels, acknowledgement', () => {
  test('an audio file is checked by content, its duration read, and approved by someone else', async () => {
    const created = await s.call('POST', '/api/v1/content', 'campha', {
      unitId: s.unit('campha'),
      kind: 'audio',
      title: 'Thông báo lịch bầu cử',
      themes: ['Ngày bầu cử'],
    });
    expect(created.statusCode).toBe(201);
    audioId = created.json().id;
    const exe = new Uint8Array(4096);
    exe.set([0x4d, 0x5a, 0x90, 0]);
    const refused = await s.upload(`/api/v1/content/${audioId}/file`, 'campha', exe, 'bai-hat.mp3');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toContain('chương trình chạy được');
    const up = await s.upload(
      `/api/v1/content/${audioId}/file`,
      'campha',
      toneWav(12.5),
      'thông báo.wav',
    );
    expect(up.statusCode).toBe(200);
    expect(up.json().file).toMatchObject({
      mediaType: 'audio/wav',
      durationSeconds: 12.5,
      name: 'thông báo.wav',
    });
    expect((await s.call('POST', `/api/v1/content/${audioId}/approve`, 'campha')).statusCode).toBe(
      403,
    );
    expect(
      (
        await s.call('POST', `/api/v1/content/${audioId}/distribute`, 'campha', {
          unitIds: [s.unit('cambinh')],
          includeSubtree: false,
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (await s.call('POST', `/api/v1/content/${audioId}/approve`, 'admin')).json().status,
    ).toBe('approved');
  });

  test('over-size uploads are refused with the cap named, nothing stored', async () => {
    const poster = (
      await s.call('POST', '/api/v1/content', 'campha', {
        unitId: s.unit('campha'),
        kind: 'poster',
        title: 'Pano cổ động',
      })
    ).json().id as string;
    // A real one-pixel PNG padded past the cap: a PNG signature followed by zeros is no picture.
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PNG_PIXEL);
    const res = await s.upload(`/api/v1/content/${poster}/file`, 'campha', big, 'pano.png');
    expect(res.statusCode).toBe(413);
    expect(res.json().detail).toContain('10 MB');
    expect((await s.call('GET', `/api/v1/content/${poster}`, 'campha')).json().file).toBeNull();
  });

  test('city → ward → khu phố: each recipient acknowledges, the sender sees who has not', async () => {
    expect((await s.call('GET', `/api/v1/content/${audioId}`, 'cambinh')).statusCode).toBe(404);
    const sent = await s.call('POST', `/api/v1/content/${audioId}/distribute`, 'campha', {
      unitIds: [s.unit('cambinh')],
      includeSubtree: false,
    });
    expect(sent.json()).toEqual({ added: 1, skipped: 0 });
    const seen = await s.call('GET', '/api/v1/content', 'cambinh');
    const mine = seen.json().items.find((i: { id: string }) => i.id === audioId);
    expect(mine).toMatchObject({ own: false, received: { acknowledgedAt: null } });
    expect(
      (await s.call('GET', `/api/v1/content/${audioId}/file`, 'cambinh')).headers['content-type'],
    ).toBe('audio/wav');
    // The ward forwards it to one of its khu phố; a unit outside its subtree is not found.
    expect(
      (
        await s.call('POST', `/api/v1/content/${audioId}/distribute`, 'cambinh', {
          unitIds: [s.unit('kalong')],
          includeSubtree: false,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await s.call('POST', `/api/v1/content/${audioId}/distribute`, 'cambinh', {
          unitIds: [s.unit('cambinh/Khu phố 1')],
          includeSubtree: false,
        })
      ).json().added,
    ).toBe(1);
    expect(
      (await s.call('POST', `/api/v1/content/${audioId}/acknowledge`, 'kp1', {})).statusCode,
    ).toBe(200);
    let recipients = (
      await s.call('GET', `/api/v1/content/${audioId}/recipients`, 'campha')
    ).json();
    expect(recipients).toMatchObject({ total: 2, acknowledged: 1 });
    expect(recipients.items[0]).toMatchObject({
      unitName: 'Phường Cẩm Bình',
      acknowledgedAt: null,
    });
    expect(
      (await s.call('POST', `/api/v1/content/${audioId}/acknowledge`, 'cambinh', {})).statusCode,
    ).toBe(200);
    expect(
      (await s.call('POST', `/api/v1/content/${audioId}/acknowledge`, 'cambinh', {})).statusCode,
    ).toBe(200);
    recipients = (await s.call('GET', `/api/v1/content/${audioId}/recipients`, 'campha')).json();
    expect(recipients).toMatchObject({ total: 2, acknowledged: 2 });
    // Ka Long never received it: it does not exist there.
    expect((await s.call('GET', `/api/v1/content/${audioId}`, 'kalong')).statusCode).toBe(404);
    expect(
      (await s.call('POST', `/api/v1/content/${audioId}/acknowledge`, 'kalong', {})).statusCode,
    ).toBe(404);
    expect((await s.call('GET', `/api/v1/content/${audioId}/file`, 'kalong')).statusCode).toBe(404);
  });

  test('a whole subtree at once; units that already have it are skipped', async () => {
    const res = await s.call('POST', `/api/v1/content/${audioId}/distribute`, 'campha', {
      unitIds: [s.unit('cambinh')],
      includeSubtree: true,
    });
    // Cẩm Bình has 8 khu phố and 2 agencies; the ward and khu phố 1 already had it.
    expect(res.json()).toEqual({ added: 9, skipped: 2 });
    expect(
      (await s.call('GET', `/api/v1/content/${audioId}/recipients`, 'cambinh')).json(),
    ).toMatchObject({ total: 11, acknowledged: 2 });
  });
});

describe('articles on the portal', () => {
  test('no self-approval; publishing records an activity and shows the article, escaped', async () => {
    const article = await s.call('POST', '/api/v1/content', 'lanhdao.cambinh', {
      unitId: s.unit('cambinh'),
      kind: 'article',
      title: 'Hướng dẫn bỏ phiếu <script>alert(1)</script>',
      summary: 'Các bước cử tri cần biết',
      body: 'Đoạn một.\n\nĐoạn hai <b>đậm</b>.',
    });
    const id = article.json().id as string;
    const self = await s.call('POST', `/api/v1/content/${id}/approve`, 'lanhdao.cambinh');
    expect(self.statusCode).toBe(403);
    expect(self.json().detail).toContain('tự duyệt');
    expect((await s.call('POST', `/api/v1/content/${id}/publish`, 'cambinh', {})).statusCode).toBe(
      409,
    );
    await s.call('POST', `/api/v1/content/${id}/approve`, 'admin');
    const published = await s.call('POST', `/api/v1/content/${id}/publish`, 'cambinh', {});
    expect(published.json().publishedAt).not.toBeNull();
    await s.call('POST', `/api/v1/content/${id}/publish`, 'cambinh', {});
    const acts = (
      await s.call(
        'GET',
        `/api/v1/activities?unitId=${s.unit('cambinh')}&channel=web_portal&categoryCode=tin_bai`,
        'cambinh',
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
    const kp1 = await t.deps.repos.units.get(s.unit('cambinh/Khu phố 1'));
    const news = await publishedNews(t.deps, { unitPath: kp1?.path ?? '', limit: 10 });
    expect(news.map((n) => n.id)).toContain(id);
    expect(renderNewsList(news)).toContain(`href="/tin-tuc/${id}"`);
    expect(
      (await t.app.inject({ url: '/tin-tuc/00000000-0000-4000-8000-000000000000' })).statusCode,
    ).toBe(404);
  });
});
