import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { buildVoterWard, type VoterWard } from '../support/factories';
import { startTestServer } from '../support/test-server';
import { XSS_PREFIX, payloadAllText } from '../support/xss-payloads';

// The portal with XSS payloads in every text field (test/integration/portal-xss.test.ts crawls
// it all), here in Chromium with scripts on: no payload may run. The page's Content-Security-
// Policy is bypassed so that the check is of the escaping itself, not of the second line of defence.

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let page: Page;
let built: VoterWard | undefined;

beforeAll(async () => {
  // A ward with its khu phố, an election with candidates and results, and an article: then every
  // text field of all of it payloaded.
  server = await startTestServer({
    demo: false,
    prepare: async (db, deps) => {
      built = await buildVoterWard(deps);
      await payloadAllText(db);
    },
  });
  browser = await launchChromium();
  const context = await browser.newContext({ bypassCSP: true, locale: 'vi-VN' });
  context.setDefaultTimeout(60_000);
  page = await context.newPage();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

const xss = (p: Page) => p.evaluate(() => (window as unknown as { __xss?: number }).__xss);

it('runs no payload on the pages voters read', async () => {
  if (!built) throw new Error('the ward was not built');
  const { held, villages } = built;
  const election = `/bau-cu/${held.slug}/${String(villages[2]?.id)}`;
  const res = await page.goto(`${server.url}${election}`, { waitUntil: 'load' });
  expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
  await page.locator('details').first().click();
  const article = await page.locator('a[href^="/tin-tuc/"]').first().getAttribute('href');
  expect(article).toBeTruthy();
  for (const url of [
    '/',
    election,
    String(article),
    `/tim-kiem?q=${encodeURIComponent(XSS_PREFIX)}`,
  ]) {
    await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
    expect(await page.locator('main').innerText(), url).toContain(XSS_PREFIX);
    expect(await xss(page), url).toBeUndefined();
  }
  // The control: the same payload inserted as markup does run in this context.
  await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), XSS_PREFIX);
  await expect.poll(() => xss(page)).toBe(1);
});
