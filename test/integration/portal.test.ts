import { gunzipSync } from 'node:zlib';
import { type HTMLElement, parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Election } from '../../src/domain/elections/election';
import { foldVietnamese } from '../../src/domain/shared/text';
import type { Unit } from '../../src/domain/units/unit';
import { electionRequests } from '../support/election-requests';
import {
  buildCandidate,
  buildElection,
  buildNews,
  buildPolling,
  buildResult,
  buildTree,
  buildUnit,
  type BuiltTree,
} from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
const c = new Map<string, string>();
let tree: BuiltTree;
// Khu phố 3 of the tree's ward, served by a polling area of the province's 2022 village-head
// election, whose results are published; the province's national election of 2021 beside it.
let kp: Unit;
let vh2022: Election;
let na2021: Election;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildTree(t.deps);
  kp = await buildUnit(t.deps, { parent: tree.commune, name: 'Khu phố 3', kind: 'village' });
  ({ election: vh2022 } = await buildElection(t.deps, tree.province, {
    electionDay: '2022-06-05',
  }));
  ({ election: na2021 } = await buildElection(t.deps, tree.province, {
    type: 'NA_HDND',
    electionDay: '2021-05-23',
    term: '2021-2026',
  }));
  const { districts } = await buildPolling(t.deps, vh2022, [
    {
      district: 'Đơn vị bầu cử khu phố 3',
      name: 'Khu vực bỏ phiếu khu phố 3',
      address: 'Nhà văn hóa khu phố 3',
      commune: tree.commune,
      villages: [kp],
    },
  ]);
  const [district] = districts;
  if (!district) throw new Error('no district built');
  const [a, b] = [await buildCandidate(t.deps, district), await buildCandidate(t.deps, district)];
  const votes = { [a.id]: 120, [b.id]: 28 };
  const figures = { votersListed: 200, ballotsIssued: 150, valid: 148, invalid: 2, votes };
  await buildResult(t.deps, district, figures, { publish: true });
  await buildNews(t.deps, tree.commune);
  c.set('cambinh', await t.login(tree.users.commune.officer.username));
});
afterAll(async () => t.close());

const { req } = electionRequests(() => t, c);

describe('the portal', () => {
  test('serves the 2022 page of a khu phố with results, sample notice, schema.org and caching headers', async () => {
    const url = `/bau-cu/${vh2022.slug}/${kp.id}`;
    const res = await req('GET', url);
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
      url,
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    // Phones ask for gzip and get the same page in about a third of the bytes, with its own ETag.
    const gz = await t.app.inject({
      url,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(res.body);
    expect(gz.rawPayload.length).toBeLessThan(Buffer.byteLength(res.body) / 2);
    expect(gz.headers.etag).not.toBe(etag);
    const gzAgain = await t.app.inject({
      url,
      headers: { 'accept-encoding': 'gzip', 'if-none-match': String(gz.headers.etag) },
    });
    expect(gzAgain.statusCode).toBe(304);
  });

  test('folds the long parts of the 2022 page and keeps the day, the polling place and the results out of any fold', async () => {
    const res = await req('GET', `/bau-cu/${vh2022.slug}/${kp.id}`);
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
    const q = (name: string) => `/tim-kiem?q=${encodeURIComponent(foldVietnamese(name))}`;
    const s = await req('GET', q(tree.commune.name));
    expect(s.body).toContain(tree.commune.name);
    expect((await req('GET', q(tree.district.name))).body).toContain(tree.district.name);
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
    const cambinh = tree.commune.id;
    await req('PUT', '/api/v1/voter-info', 'cambinh', {
      unitId: cambinh,
      key: 'how_to_vote',
      title: 'Cách bầu <b>',
      body: '<img src=x onerror=alert(1)>',
    });
    const page = await req('GET', `/bau-cu/${na2021.slug}/${cambinh}`);
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
    const feed = await req('POST', '/api/v1/calendar-feeds', 'cambinh', { electionId: vh2022.id });
    const ics = await req('GET', feed.json().url as string);
    expect(ics.statusCode).toBe(200);
    expect(ics.body).toContain('BEGIN:VCALENDAR');
    expect(ics.body).toContain('DTSTART;VALUE=DATE:20220605');
    const unitFeed = await req('POST', '/api/v1/calendar-feeds', 'cambinh', {
      unitId: tree.commune.id,
    });
    expect((await req('GET', unitFeed.json().url as string)).body).toContain('20210523');
    expect(
      (await req('GET', '/lich/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics')).statusCode,
    ).toBe(404);
  });
});
