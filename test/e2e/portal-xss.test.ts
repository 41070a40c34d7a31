import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { queryRows } from '../../src/db/query-rows';
import { launchChromium } from '../support/browser';
import { startTestServer } from '../support/test-server';
import { XSS_PREFIX, payloadAllText } from '../support/xss-payloads';

// The portal with XSS payloads in every text field (test/integration/portal-xss.test.ts crawls
// it all), here in Chromium with scripts on: no payload may run. The page's Content-Security-
// Policy is bypassed so that the check is of the escaping itself, not of the second line of defence.

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startTestServer({
    demo: true,
    prepare: (db) => payloadAllText(db).then(() => {}),
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
  const [kp3] = await queryRows<{ id: string }>(
    server.testApp.database.db,
    sql`select u.id from units u join units p on p.id = u.parent_id
        where u.name like '%Khu phố 3%' and p.name like '%Phường Cẩm Bình%'`,
  );
  const election = `/bau-cu/village-head.quang-ninh.2022-06-05/${String(kp3?.id)}`;
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
