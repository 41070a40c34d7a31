import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { DEMO_AUDIO_TITLE } from '../../src/db/seed/demo-content';
import { startTestServer } from '../support/test-server';
import { launchChromium, signedInPage as openSignedIn } from '../support/browser';
import { openedSoFar } from '../support/teardown';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

const signedInPage = (username: string, viewport = { width: 1280, height: 800 }): Promise<Page> =>
  openSignedIn(browser, server.url, username, { viewport, timeout: 60_000 });

const opened = openedSoFar();
beforeAll(async () => {
  server = await opened.open(startTestServer({ demo: true }));
  browser = await opened.open(launchChromium());
});
afterAll(() => opened.closeAll());

describe('content and broadcasts in the workspace', () => {
  it('campha sees that Cẩm Bình has not acknowledged the demo audio; cambinh acknowledges it; campha sees it', async () => {
    const campha = await signedInPage('campha');
    await campha.goto(`${server.url}/app/content`);
    await campha.getByText(DEMO_AUDIO_TITLE).first().click();
    const recipients = campha.getByTestId('recipients');
    await recipients.getByText('Phường Cẩm Bình').waitFor();
    await recipients.getByText('Chưa xác nhận', { exact: true }).waitFor();
    // Ka Long received it from the province: outside Cẩm Phả, so not listed here.
    expect(await recipients.getByText('Phường Ka Long').count()).toBe(0);
    await campha.screenshot({ path: '/tmp/loa-content-campha.png' });

    const cambinh = await signedInPage('cambinh', { width: 360, height: 740 });
    await cambinh.goto(`${server.url}/app/content`);
    await cambinh.getByText('Chưa xác nhận nhận').first().waitFor();
    await cambinh.getByText(DEMO_AUDIO_TITLE).first().click();
    await cambinh.getByTestId('content-detail').getByRole('button', { name: 'Đã nhận' }).click();
    await cambinh.getByText('Đã xác nhận nhận tài liệu.').waitFor();
    await cambinh.screenshot({ path: '/tmp/loa-content-cambinh-360.png' });

    await campha.reload();
    await campha
      .getByTestId('recipients')
      .getByText(/^Đã nhận \d{2}\/\d{2}\/\d{4}$/)
      .waitFor();
    await campha.getByTestId('recipients').getByText('1/1 đơn vị đã nhận').waitFor();
  });

  it('the schedule week view shows the weekly slot on Cụm loa khu phố 1', async () => {
    const page = await signedInPage('cambinh');
    await page.goto(`${server.url}/app/broadcasts`);
    await page.getByTestId('next-week').click();
    const week = page.getByTestId('week-view');
    await week.getByText('06:30').first().waitFor();
    expect(await week.getByText(DEMO_AUDIO_TITLE).count()).toBe(6);
    expect(await week.getByText('Cụm loa khu phố 1').count()).toBe(6);
    await page.screenshot({ path: '/tmp/loa-week.png', fullPage: true });
    await page.getByRole('tab', { name: 'Đài, cụm loa' }).click();
    await page
      .getByText(/không liên lạc trong 24 giờ qua: .*Đài truyền thanh phường Cẩm Bình/)
      .waitFor();
  });

  it('the claims desk lists the demo claims with their case', async () => {
    const page = await signedInPage('quangninh');
    await page.goto(`${server.url}/app/claims`);
    await page.getByText('2 nơi').first().waitFor();
    await page.screenshot({ path: '/tmp/loa-claims.png', fullPage: true });
  });
});
