import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { startTestServer } from '../support/test-server';
import { launchChromium, signedInPage as openSignedIn } from '../support/browser';
import { openedSoFar } from '../support/teardown';

// The elections pages of the workspace, in Chromium, against the demo world.

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

const signedInPage = (username: string): Promise<Page> =>
  openSignedIn(browser, server.url, username, { viewport: { width: 1280, height: 900 } });

const opened = openedSoFar();
beforeAll(async () => {
  server = await opened.open(startTestServer({ demo: true }));
  browser = await opened.open(launchChromium());
});
afterAll(() => opened.closeAll());

describe('elections (cambinh, officer of phường Cẩm Bình)', () => {
  it('lists the elections, shows milestones with their status, and takes no count before election day', async () => {
    const page = await signedInPage('cambinh');
    await page.goto(`${server.url}/app/elections`);
    await page.getByRole('link', { name: /Trưởng khu phố phường Cẩm Bình/ }).click();
    await page.getByRole('tab', { name: 'Mốc thời gian' }).waitFor();
    await page.getByText('Sắp tới').first().waitFor();
    await page.getByRole('tab', { name: 'Kết quả' }).click();
    await page.getByText(/^Kết quả nhập được từ ngày bầu cử \d{2}\/\d{2}\/\d{4}\.$/).waitFor();
    const enter = page.getByRole('button', { name: 'Nhập kết quả' }).first();
    expect(await enter.isDisabled()).toBe(true);
    await page.context().close();
  });
});
