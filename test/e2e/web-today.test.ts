import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startTestServer } from '../support/test-server';

// "Việc cần làm": a ward officer signs in through the form and lands on the lines waiting for
// them; each line opens the thing itself, on a laptop and on a phone.

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ demo: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signInThroughForm(width: number): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  await page.goto(`${server.url}/app/`);
  await page.waitForURL(/\/app\/login$/);
  await page.getByLabel('Tên đăng nhập').fill('cambinh');
  await page.getByLabel('Mật khẩu', { exact: true }).fill('demo1234');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(/\/app\/today$/);
  await page.getByRole('heading', { name: 'Việc cần làm', level: 1 }).waitFor();
  return page;
}

describe.each([1366, 360])('Việc cần làm of the Cẩm Bình ward officer at %i px', (width) => {
  it('lands there after sign-in; a document line opens the document, a waiting report its report', async () => {
    const page = await signInThroughForm(width);
    const docs = page.getByTestId('today-documents');
    await docs.waitFor();
    const docLink = docs.locator('a.today-link').first();
    const docTitle = (await docLink.textContent())?.trim() ?? '';
    expect(docTitle).toContain('File ghi âm tuyên truyền');
    await expect.poll(() => docs.locator('.ant-badge').first().textContent()).toMatch(/^\d+$/);
    const waiting = page.getByTestId('today-waiting');
    await waiting.waitFor();
    // The ward's weekly reports wait on the city; the line names who decides them.
    expect(await waiting.textContent()).toMatch(/Chờ .*Thành phố Cẩm Phả duyệt/);
    expect(await waiting.textContent()).toMatch(/Tuần \d+ \(\d\d\/\d\d–\d\d\/\d\d\/\d{4}\)/);
    // Nothing is wider than the screen: no sideways scrolling on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    await page.screenshot({ path: `test-results/today-cambinh-${width}.png`, fullPage: true });

    await docLink.click();
    await page.waitForURL(/\/app\/content\/[0-9a-f-]{36}$/);
    await page.getByText(docTitle, { exact: true }).first().waitFor();
    await page.screenshot({ path: `test-results/today-cambinh-${width}-document.png` });

    await page.goBack();
    await page.waitForURL(/\/app\/today$/);
    await page.getByTestId('today-waiting').locator('a.today-link').first().click();
    await page.waitForURL(/\/app\/reports\/[0-9a-f-]{36}$/);
    const reportId = /reports\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
    const report = await page.request.get(`${server.url}/api/v1/reports/${reportId}`);
    expect(report.status()).toBe(200);
    expect(((await report.json()) as { status: string }).status).toBe('submitted');
    await page.context().close();
  });
});
