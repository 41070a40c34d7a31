import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { startTestServer } from '../support/test-server';
import {
  launchChromium,
  signedInPage as openSignedIn,
  pickOption,
  tableRows,
} from '../support/browser';
import { openedSoFar } from '../support/teardown';

// The sơ kết of Hạ Long's phase 1 of 2021 as the demo imports it from the city's report: its
// figures by channel, approximate where the report says "trên", and its media centre's own.

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

const signedInPage = (username: string): Promise<Page> =>
  openSignedIn(browser, server.url, username, {
    viewport: { width: 1280, height: 900 },
  });

const opened = openedSoFar();
beforeAll(async () => {
  // The demo's own test: it checks the figures of the demo's Hạ Long report as the seeds give them.
  server = await opened.open(startTestServer({ demo: true }));
  browser = await opened.open(launchChromium());
});

afterAll(() => opened.closeAll());

describe('summary (halong, officer of TP Hạ Long)', () => {
  it('shows the phase 1 summary with the city portal, media centre and social media figures', async () => {
    const page = await signedInPage('halong');
    await page.goto(`${server.url}/app/reports/summary`);
    await page.getByTestId('summary-phase').click();
    await pickOption(page, /^Đợt 1 \(18\/01–25\/03\/2021\)/);
    const figures = page.getByTestId('summary-figures');
    await figures.locator('tbody tr.ant-table-row').first().waitFor();
    const rows = await tableRows(figures);
    const portal = rows.find((r) => r.includes('Cổng thông tin điện tử'));
    expect(portal).toContain('51');
    // Over 170 + over 60 + 53 on the fanpage: the total is stated as approximate, as its parts are.
    const social = rows.find((r) => r.some((c) => c === 'Cộng Mạng xã hội'));
    expect(social).toContain('trên 283');
    const airing = rows.find((r) => r.includes('Đài phát thanh, Truyền hình'));
    expect(airing).toContain('84');

    await page.getByText('Trung tâm Truyền thông và Văn hóa thành phố Hạ Long').first().click();
    const child = page.getByTestId('summary-child-figures').first();
    await child.waitFor();
    expect(
      (await tableRows(child)).some((r) => r.includes('Mạng xã hội') && r.includes('53')),
    ).toBe(true);
    expect(await page.getByTestId('summary-docx').getAttribute('href')).toMatch(/summary\.docx\?/);
    await page.context().close();
  });
});
