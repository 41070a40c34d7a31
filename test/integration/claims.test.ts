import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { publishedNews } from '../../src/domain/content/published-news';
import { espeakSpeech } from '../../src/server/adapters/espeak-speech';
import { speakContent } from '../../src/domain/content/speak-content';
import { summaryDocumentModel } from '../../src/documents/summary-document';
import { phaseSummary } from '../../src/domain/reports/phase-summary';
import type { User } from '../../src/domain/accounts/user';
import type { Unit } from '../../src/domain/units/unit';
import { renderNewsList } from '../../src/portal/news-list';
import { buildTestApp, type TestApp } from '../support/test-app';
import {
  actorOf,
  buildClaim,
  buildTree,
  buildUnit,
  buildUser,
  type BuiltTree,
} from '../support/factories';

let t: TestApp;
let tree: BuiltTree;
// A province ('quangninh' is its officer) with three cities: the tree's district holds the ward
// 'cambinh', a second holds the ward 'kalong', and 'halong' is a city of its own.
const units = new Map<string, Unit>();
const cookies = new Map<string, string>();

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildTree(t.deps);
  const city = (name: string) =>
    buildUnit(t.deps, { parent: tree.province, name, kind: 'district' });
  const halong = await city('TP thử hai');
  const kalong = await buildUnit(t.deps, { parent: await city('TP thử ba'), name: 'Phường thử' });
  const keyed = { quangninh: tree.province, halong, cambinh: tree.commune, kalong };
  for (const [key, unit] of Object.entries(keyed)) units.set(key, unit);
  const users: Record<string, User> = {
    admin: tree.users.province.admin,
    quangninh: tree.users.province.officer,
    cambinh: tree.users.commune.officer,
    halong: await buildUser(t.deps, halong, { role: 'officer' }),
    kalong: await buildUser(t.deps, kalong, { role: 'officer' }),
  };
  for (const [who, user] of Object.entries(users)) cookies.set(who, await t.login(user.username));
});
afterAll(async () => t.close());

const unitOf = (key: string): Unit => {
  const unit = units.get(key);
  if (!unit) throw new Error(`no unit ${key}`);
  return unit;
};
const s = {
  cookies,
  unit: (key: string): string => unitOf(key).id,
  call: (method: 'GET' | 'POST', url: string, who: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: { cookie: cookies.get(who) ?? '' },
      ...(payload ? { payload } : {}),
    }),
};

const claim = (who: string, unit: string, text: string, extra: object = {}) =>
  s.call('POST', '/api/v1/claims', who, {
    unitId: s.unit(unit),
    text,
    platform: 'facebook',
    firstSeenOn: '2022-05-20',
    ...extra,
  });

describe('misinformation log', () => {
  test('the same rumour from two wards is one case when the province files it; a ward groups only within its scope', async () => {
    const a = (
      await claim(
        'cambinh',
        'cambinh',
        'Khu vực bỏ phiếu số 3 sẽ đóng cửa lúc 12 giờ trưa ngày bầu cử',
      )
    ).json();
    const b = (
      await claim(
        'quangninh',
        'kalong',
        'nghe noi khu vuc bo phieu so 3 dong cua luc 12 gio trua ngay bau cu!!',
        { platform: 'zalo' },
      )
    ).json();
    // The city 'halong' cannot see either ward's claims, so its own report of it stays its own case.
    const own = (
      await claim(
        'halong',
        'halong',
        'Khu vực bỏ phiếu số 3 sẽ đóng cửa lúc 12 giờ trưa ngày bầu cử',
      )
    ).json();
    expect(own.groupId).toBe(own.id);
    const c = (
      await claim('cambinh', 'cambinh', 'Ứng cử viên được phát quà cho cử tri trước ngày bầu cử')
    ).json();
    expect(b.groupId).toBe(a.groupId);
    expect(c.groupId).toBe(c.id);
    // The province desk sees the case whole; each ward only its own claim.
    const all = (await s.call('GET', `/api/v1/claims?groupId=${a.groupId}`, 'quangninh')).json();
    expect(all.total).toBe(2);
    expect(all.items[0].groupSize).toBe(2);
    expect(
      (await s.call('GET', `/api/v1/claims?groupId=${a.groupId}`, 'cambinh')).json().items[0]
        .groupSize,
    ).toBe(1);
    expect((await s.call('GET', `/api/v1/claims/${b.id}`, 'cambinh')).statusCode).toBe(404);
    expect((await claim('cambinh', 'cambinh', 'ngắn')).statusCode).toBe(400);
    expect(Object.keys(a)).not.toContain('author');
  });

  test('statuses move in order; a verdict applies to the whole case; the correction goes to the portal', async () => {
    const a = (
      await claim(
        'cambinh',
        'cambinh',
        'Cử tri phải mang theo sổ hộ khẩu bản gốc mới được bỏ phiếu',
      )
    ).json();
    const b = (
      await claim('quangninh', 'kalong', 'Cử tri phải mang sổ hộ khẩu bản gốc mới được bỏ phiếu')
    ).json();
    expect(b.groupId).toBe(a.groupId);
    const skip = await s.call('POST', `/api/v1/claims/${a.id}/status`, 'quangninh', {
      status: 'false',
    });
    expect(skip.statusCode).toBe(400);
    expect(
      (
        await s.call('POST', `/api/v1/claims/${a.id}/status`, 'quangninh', { status: 'verifying' })
      ).json().changed,
    ).toBe(2);
    expect(
      (
        await s.call('POST', `/api/v1/claims/${a.id}/status`, 'quangninh', { status: 'misleading' })
      ).json().changed,
    ).toBe(2);
    expect(
      (await s.call('POST', `/api/v1/claims/${a.id}/status`, 'quangninh', { status: 'corrected' }))
        .statusCode,
    ).toBe(400);
    const correction = await s.call('POST', `/api/v1/claims/${a.id}/correction`, 'quangninh', {
      title: 'Cử tri không cần sổ hộ khẩu để bỏ phiếu',
      body: 'Cử tri mang theo thẻ cử tri hoặc giấy tờ tùy thân.',
    });
    expect(correction.statusCode).toBe(201);
    const item = correction.json();
    expect(item).toMatchObject({ kind: 'article', status: 'draft', claimId: a.groupId });
    await s.call('POST', `/api/v1/content/${item.id}/approve`, 'admin');
    expect(
      (await s.call('POST', `/api/v1/content/${item.id}/publish`, 'quangninh', {})).statusCode,
    ).toBe(403);
    expect(
      (await s.call('POST', `/api/v1/content/${item.id}/publish`, 'admin', {})).statusCode,
    ).toBe(200);
    expect((await s.call('GET', `/api/v1/claims/${b.id}`, 'kalong')).json()).toMatchObject({
      status: 'corrected',
      verdict: 'misleading',
      correctionId: item.id,
    });
    const page = await t.app.inject({ url: `/tin-tuc/${item.id}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Đính chính thông tin sai lệch');
    const news = await publishedNews(t.deps, { unitPath: unitOf('kalong').path, limit: 20 });
    expect(news.find((n) => n.id === item.id)?.claimId).toBe(a.groupId);
    expect(renderNewsList(news)).toContain('<span class="tag">Đính chính</span>');
    const rebuttals = (
      await s.call(
        'GET',
        `/api/v1/activities?unitId=${s.unit('quangninh')}&categoryCode=phan_bac`,
        'quangninh',
      )
    ).json();
    // Publishing the correction counts once as the province's rebuttal, linked to the article.
    expect(
      rebuttals.items
        .filter((x: { source: string }) => x.source === 'correction')
        .map((x: { link: string }) => x.link),
    ).toEqual([`/tin-tuc/${item.id}`]);
  });

  test('a correction published in one city leaves another city’s claim of the same case untouched', async () => {
    const text = 'Cử tri ở xa được bỏ phiếu qua tin nhắn điện thoại trong ngày bầu cử';
    // The province desk files both under one case and gives the case its verdict.
    const hl = (await claim('quangninh', 'halong', text)).json();
    const kl = (await claim('quangninh', 'kalong', `${text}!`)).json();
    expect(kl.groupId).toBe(hl.groupId);
    for (const status of ['verifying', 'false'])
      await s.call('POST', `/api/v1/claims/${hl.id}/status`, 'quangninh', { status });
    await buildUser(t.deps, unitOf('halong'), { username: 'lanhdao.halong', role: 'leader' });
    s.cookies.set('lanhdao.halong', await t.login('lanhdao.halong'));
    const fix = (
      await s.call('POST', `/api/v1/claims/${hl.id}/correction`, 'halong', {
        unitId: s.unit('halong'),
        title: 'Không có bỏ phiếu qua tin nhắn',
        body: 'Cử tri bỏ phiếu trực tiếp tại khu vực bỏ phiếu.',
      })
    ).json();
    await s.call('POST', `/api/v1/content/${fix.id}/approve`, 'lanhdao.halong', {});
    const published = await s.call(
      'POST',
      `/api/v1/content/${fix.id}/publish`,
      'lanhdao.halong',
      {},
    );
    expect(published.statusCode).toBe(200);
    expect(await t.deps.repos.claims.get(hl.id)).toMatchObject({
      status: 'corrected',
      correctionId: fix.id,
    });
    expect(await t.deps.repos.claims.get(kl.id)).toMatchObject({
      status: 'false',
      correctionId: null,
    });
  });

  test('claims handled feed the phase summary and its DOCX section', async () => {
    // A ward of its own: two claims judged false and one misleading in the phase, one after it.
    const ward = await buildUnit(t.deps, { parent: tree.district, name: 'Phường thử bốn' });
    const officer = await buildUser(t.deps, ward, { role: 'officer' });
    cookies.set('ward', await t.login(officer.username));
    const seen = (firstSeenOn: string, status: 'false' | 'misleading') =>
      buildClaim(t.deps, ward, { author: officer, firstSeenOn, status });
    await seen('2022-05-02', 'false');
    await seen('2022-05-20', 'false');
    await seen('2022-06-01', 'misleading');
    await seen('2022-07-01', 'false');
    const summary = (
      await s.call(
        'GET',
        `/api/v1/claims/summary?unitId=${ward.id}&from=2022-04-01&to=2022-06-15`,
        'ward',
      )
    ).json();
    expect(summary.claims).toBe(3);
    expect(summary.byVerdict.find((v: { verdict: string }) => v.verdict === 'false').claims).toBe(
      2,
    );
    const actor = actorOf(officer, ward);
    const phase = await phaseSummary(t.deps, actor, {
      unitId: ward.id,
      from: '2022-04-01',
      to: '2022-06-15',
    });
    expect(phase.claims.claims).toBe(summary.claims);
    const model = summaryDocumentModel(phase, { parent: null, issuedOn: '2022-06-16', year: 2022 });
    const text = JSON.stringify(model.body);
    expect(text).toContain('XỬ LÝ THÔNG TIN SAI LỆCH VỀ CUỘC BẦU CỬ');
    expect(text).toContain('Sai sự thật');
    expect(text).toContain(`Tiếp nhận, xử lý ${summary.claims} thông tin sai lệch`);
  });
});

describe('text-to-speech', () => {
  test('says clearly when espeak-ng is not installed', async () => {
    const actor = actorOf(tree.users.commune.officer, tree.commune);
    const missing = { ...t.deps, speech: espeakSpeech('/nonexistent/espeak-ng') };
    await expect(
      speakContent(missing, actor, {
        unitId: s.unit('cambinh'),
        title: 'Thông báo',
        text: 'Ngày bầu cử là chủ nhật.',
      }),
    ).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining('apt-get install espeak-ng'),
    });
  });

  test('makes a machine-read audio item when installed, and a 503 naming the package when not', async () => {
    const status = (await s.call('GET', '/api/v1/speech', 'cambinh')).json();
    const res = await s.call('POST', '/api/v1/content/speech', 'cambinh', {
      unitId: s.unit('cambinh'),
      title: 'Thông báo khẩn',
      text: 'Cử tri lưu ý: ngày bầu cử là chủ nhật, mùng năm tháng sáu.',
    });
    if (status.available) {
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        kind: 'audio',
        machineRead: true,
        status: 'draft',
        file: { mediaType: 'audio/wav' },
      });
      expect(res.json().file.durationSeconds).toBeGreaterThan(1);
    } else {
      expect(res.statusCode).toBe(503);
      expect(res.json().detail).toContain('espeak-ng');
      expect(status.reason).toContain('apt-get install espeak-ng');
    }
  });
});
