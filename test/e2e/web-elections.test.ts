import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestServer } from '../support/test-server';

// The elections pages of the workspace, in Chromium, against the demo world.

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

async function signedInPage(username: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const res = await page.request.post(`${server.url}/api/v1/auth/login`, {
    data: { username, password: 'demo1234' },
  });
  expect(res.status()).toBe(200);
  return page;
}

beforeAll(async () => {
  server = await startTestServer({ demo: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('elections (cambinh, officer of phường Cẩm Bình)', () => {
  it('lists the elections, shows milestones with their status, and refuses a count that fails a check', async () => {
    const page = await signedInPage('cambinh');
    await page.goto(`${server.url}/app/elections`);
    await page.getByRole('link', { name: /Trưởng khu phố phường Cẩm Bình/ }).click();
    await page.getByRole('tab', { name: 'Mốc thời gian' }).waitFor();
    await page.getByText('Sắp tới').first().waitFor();
    await page.getByRole('tab', { name: 'Kết quả' }).click();
    await page.getByRole('button', { name: 'Nhập kết quả' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Cử tri trong danh sách').fill('100');
    await dialog.getByLabel('Phiếu phát ra').fill('120');
    await dialog.getByLabel('Phiếu hợp lệ', { exact: true }).fill('100');
    await dialog.getByLabel('Phiếu không hợp lệ').fill('0');
    await dialog.getByRole('button', { name: /OK|Đồng ý/ }).click();
    await dialog
      .getByRole('alert')
      .getByText('Số phiếu phát ra không được lớn hơn số cử tri trong danh sách.')
      .waitFor();
    await page.context().close();
  });
});
