import { gunzipSync } from 'node:zlib';
import { type HTMLElement, parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { electionRequests, type Json } from '../support/election-requests';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
const c = new Map<string, string>();

beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  for (const who of ['admin', 'cambinh', 'kalong', 'lanhdao.cambinh'])
    c.set(who, await t.login(who));
});
afterAll(async () => t.close());

const { req, unitId, electionBySlug } = electionRequests(() => t, c);

describe('the portal', () => {
  test('serves the 2022 page of a khu phố with results, sample notice, schema.org and caching headers', async () => {
    const kp = (
      await req('GET', `/api/v1/units?search=${encodeURIComponent('khu pho 3')}`, 'cambinh')
    ).json<Json>().items[0];
    const res = await req('GET', `/bau-cu/village-head.quang-ninh.2022-06-05/${String(kp?.id)}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('lang="vi"');
    expect(res.body).toContain('Dữ liệu mẫu');
    expect(res.body).toContain('"@type":"Event"');
    expect(res.body).toContain('Nhà văn hóa khu phố 3');
    expect(res.body).toContain('Kết quả bầu cử');
    expect(Buffer.byteLength(res.body)).toBeLessThan(60_000);
    expect(res.headers['cache-control']).toMatch(/max-age/);
    const etag = String(res.headers.etag);
    const again = await t.app.inject({
      url: `/bau-cu/village-head.quang-ninh.2022-06-05/${String(kp?.id)}`,
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    // Phones ask for gzip and get the same page in about a third of the bytes, with its own ETag.
    const gz = await t.app.inject({
      url: `/bau-cu/village-head.quang-ninh.2022-06-05/${String(kp?.id)}`,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(res.body);
    expect(gz.rawPayload.length).toBeLessThan(Buffer.byteLength(res.body) / 2);
    expect(gz.headers.etag).not.toBe(etag);
    const gzAgain = await t.app.inject({
      url: `/bau-cu/village-head.quang-ninh.2022-06-05/${String(kp?.id)}`,
      headers: { 'accept-encoding': 'gzip', 'if-none-match': String(gz.headers.etag) },
    });
    expect(gzAgain.statusCode).toBe(304);
  });

  test('folds the long parts of the 2022 page and keeps the day, the polling place and the results out of any fold', async () => {
    const kp = (
      await req('GET', `/api/v1/units?search=${encodeURIComponent('khu pho 3')}`, 'cambinh')
    ).json<Json>().items[0];
    const res = await req('GET', `/bau-cu/village-head.quang-ninh.2022-06-05/${String(kp?.id)}`);
    const root = parse(res.body);
    const folded = (el: HTMLElement | null): boolean =>
      el !== null && (el.tagName === 'DETAILS' || folded(el.parentNode));
    const section = (id: string) => root.querySelector(`#${id}`)?.parentNode ?? null;
    for (const id of ['ngay', 'noi-bau', 'ket-qua']) {
      expect(section(id)).not.toBeNull();
      expect(folded(section(id))).toBe(false);
    }
    expect(section('noi-bau')?.text).toContain('Nhà văn hóa khu phố 3');
    expect(section('ket-qua')?.text).toContain('Phiếu hợp lệ');
    const summaries = root.querySelectorAll('details.fold > summary').map((s) => s.text);
    expect(summaries).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Tiểu sử và chương trình hành động của \d+ người ứng cử$/),
        expect.stringMatching(/^Số phiếu của từng người ứng cử/),
        expect.stringMatching(/^\d+ tin, bài/),
      ]),
    );
    const cards = root.querySelectorAll('article.candidate');
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((c) => folded(c))).toBe(true);
    expect(root.querySelectorAll('table').every((c) => folded(c))).toBe(true);
    const voterInfo = root.querySelectorAll('details.fold[id^="vi-"]');
    expect(voterInfo.length).toBeGreaterThan(0);
    expect(voterInfo.every((d) => d.text.length > 100)).toBe(true);
  });

  test('searches places without diacritics, and answers an unknown place with a friendly 404', async () => {
    const s = await req('GET', '/tim-kiem?q=ka%20long');
    expect(s.body).toContain('Phường Ka Long');
    expect((await req('GET', '/tim-kiem?q=cam%20binh')).body).toContain('Phường Cẩm Bình');
    const nf = await req('GET', '/dia-phuong/00000000-0000-4000-8000-000000000000');
    expect(nf.statusCode).toBe(404);
    expect(nf.body).toContain('action="/tim-kiem"');
    expect((await req('GET', '/bau-cu/khong-co/abc')).statusCode).toBe(404);
    // A mistyped address in a browser gets the same page; an API client still gets problem+json.
    const typo = await t.app.inject({ url: '/bau-cuu', headers: { accept: 'text/html' } });
    expect(typo.statusCode).toBe(404);
    expect(typo.headers['content-type']).toMatch(/text\/html/);
    expect(typo.body).toContain('action="/tim-kiem"');
    const api = await t.app.inject({ url: '/api/v1/khong-co', headers: { accept: 'text/html' } });
    expect(api.headers['content-type']).toMatch(/problem\+json/);
  });

  test('escapes HTML typed into text fields', async () => {
    const cambinh = await unitId('phuong cam binh');
    await req('PUT', '/api/v1/voter-info', 'cambinh', {
      unitId: cambinh,
      key: 'how_to_vote',
      title: 'Cách bầu <b>',
      body: '<img src=x onerror=alert(1)>',
    });
    const e = await electionBySlug('cambinh', 'na-hdnd.2021-05-23');
    const page = await req('GET', `/bau-cu/${e.slug}/${cambinh}`);
    expect(page.body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page.body).not.toContain('<img src=x');
  });

  test('history from term I to XVI with a server-drawn chart', async () => {
    const h = await req('GET', '/lich-su-bau-cu');
    expect(h.body).toContain('<svg');
    expect(h.body).toContain('1946');
    expect(h.body).toContain('XVI');
  });

  test('calendar feeds open with their token and no cookie', async () => {
    const e = await electionBySlug('cambinh', 'village-head.quang-ninh.2022-06-05');
    const feed = await req('POST', '/api/v1/calendar-feeds', 'cambinh', { electionId: e.id });
    const ics = await req('GET', feed.json().url as string);
    expect(ics.statusCode).toBe(200);
    expect(ics.body).toContain('BEGIN:VCALENDAR');
    expect(ics.body).toContain('DTSTART;VALUE=DATE:20220605');
    const unitFeed = await req('POST', '/api/v1/calendar-feeds', 'kalong', {
      unitId: await unitId('phuong ka long'),
    });
    expect((await req('GET', unitFeed.json().url as string)).body).toContain('20210523');
    expect(
      (await req('GET', '/lich/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics')).statusCode,
    ).toBe(404);
  });
});
