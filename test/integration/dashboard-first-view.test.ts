import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dashboardSpans } from '../../src/contracts/dashboard-spans';
import { lastTwelveWeeks } from '../../src/contracts/weeks';
import { buildWardAtWork, type WardAtWork } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// A fresh load of /app/dashboard is answered by the server as HTML (ADR 35): the same figures as
// the SPA's dashboard, read from the same API with the user's own cookie, and the SPA wherever
// the first view has nothing to say.

let t: TestApp;
let world: WardAtWork;
let cookie = '';
const page = async (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ url, headers: { cookie, ...headers } });
const api = async <T>(url: string): Promise<T> => {
  const res = await t.app.inject({ url: `/api/v1${url}`, headers: { cookie } });
  expect(res.statusCode, url).toBe(200);
  return res.json<T>();
};
const text = (root: HTMLElement, testId: string) =>
  root.querySelector(`[data-testid="${testId}"]`)?.textContent.trim();
const isSpa = (body: string) => parse(body).querySelector('#root') !== null;

beforeAll(async () => {
  t = await buildTestApp();
  world = await buildWardAtWork(t.deps);
  cookie = await t.login(world.tree.users.commune.officer.username);
});
afterAll(async () => t.close());

describe('the first view of the dashboard', () => {
  test("shows a ward officer the figures the API gives the SPA's dashboard, with its chart", async () => {
    const res = await page('/app/dashboard');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    // The user's own data: no cache or proxy may keep it for anyone else.
    expect(res.headers['cache-control']).toBe('private, no-store');
    const root = parse(res.body);
    expect(root.querySelector('#root')).toBeNull();
    expect(root.querySelectorAll('script')).toHaveLength(0);

    const range = lastTwelveWeeks();
    const q = `from=${range.from}&to=${range.to}`;
    const ward = world.tree.commune.id;
    const compliance = await api<{ rate: number | null; due: number; met: number }>(
      `/units/${ward}/compliance?${q}`,
    );
    const figures = await api<{ rows: Array<{ entries: number }> }>(`/units/${ward}/figures?${q}`);
    expect(compliance.due).toBeGreaterThan(0);
    const rate =
      compliance.rate === null
        ? '—'
        : `${(Math.round(compliance.rate * 1000) / 10).toLocaleString('vi-VN')}%`;
    expect(text(root, 'kpi-rate')).toBe(rate);
    expect(text(root, 'kpi-met')).toBe(`${compliance.met} / ${compliance.due}`);
    const entries = figures.rows.reduce((n, r) => n + r.entries, 0);
    expect(entries).toBe(world.activities.length);
    expect(text(root, 'kpi-acts')).toBe(String(entries));
    expect(root.querySelector('[data-testid="chart-compliance-week"] svg')).not.toBeNull();
    expect(root.querySelector('h1')?.textContent).toBe('Tổng quan');
    expect(res.body).toContain(world.tree.commune.name);

    // Deadlines ahead are the API's own windows still open, soonest first.
    const ahead = dashboardSpans(range).ahead;
    const windows = await api<{ items: Array<{ status: string; taskTitle: string }> }>(
      `/units/${ward}/obligations?from=${ahead.from}&to=${ahead.to}`,
    );
    const open = windows.items.filter((o) => o.status === 'open' || o.status === 'pending');
    const upcoming = root.querySelectorAll('[data-testid="upcoming"] li');
    expect(upcoming).toHaveLength(Math.min(8, open.length));
    expect(open.length).toBeGreaterThan(0);

    // Every link leads into the SPA, never to another origin; none names the period, so the
    // SPA's menu carries none to its lists (they show everything when no period is named).
    const full = root.querySelector('[data-testid="open-full"]')?.getAttribute('href');
    expect(full).toBe('/app/dashboard?full=1');
    for (const a of root.querySelectorAll('a'))
      expect(a.getAttribute('href') ?? '').not.toMatch(/[?&](from|to|week)=/);
    for (const a of root.querySelectorAll('a'))
      expect(a.getAttribute('href') ?? '').toMatch(/^(\/app\/|#main$)/);
  });

  test('leaves every other case to the SPA: a named period or unit, no session, English, a bad session', async () => {
    const range = lastTwelveWeeks();
    const cases: Array<[string, Record<string, string>]> = [
      [`/app/dashboard?from=${range.from}&to=${range.to}`, {}],
      [`/app/dashboard?unit=${world.tree.commune.id}`, {}],
      ['/app/dashboard', { cookie: '' }],
      ['/app/dashboard', { cookie: `${cookie}; loa_lang=en` }],
      ['/app/dashboard', { cookie: 'loa_session=not-a-session' }],
    ];
    for (const [url, headers] of cases) {
      const res = await page(url, headers);
      expect(res.statusCode, `${url} ${JSON.stringify(headers)}`).toBe(200);
      expect(isSpa(res.body), `${url} ${JSON.stringify(headers)}`).toBe(true);
    }
    // Reading Vietnamese, by cookie, is the first view again.
    expect(isSpa((await page('/app/dashboard', { cookie: `${cookie}; loa_lang=vi` })).body)).toBe(
      false,
    );
  });

  test("a district officer's first view counts the whole district and lists the ward below it", async () => {
    const district = await t.login(world.tree.users.district.officer.username);
    const root = parse((await page('/app/dashboard', { cookie: district })).body);
    const children = root
      .querySelectorAll('[data-testid="children"] tbody a')
      .map((a) => a.textContent);
    expect(children).toContain(world.tree.commune.name);
    // The ward officer's own page names no unit above the ward.
    const own = (await page('/app/dashboard')).body;
    expect(own).not.toContain(world.tree.district.name);
  });
});
