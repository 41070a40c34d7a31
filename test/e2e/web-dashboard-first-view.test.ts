import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium, signIn, WORKSPACE_CONTEXT } from '../support/browser';
import { buildWardAtWork } from '../support/factories';
import { startTestServer } from '../support/test-server';
import { openedSoFar } from '../support/teardown';

// A ward officer opens the dashboard's address on an old laptop or a cheap phone: the server
// answers with the first view (ADR 35), readable before, and without, any script; its button
// opens the SPA's dashboard on the same period, showing the same figures.

const SHOTS = 'test-results/dashboard-first-view';
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let officer = '';

const opened = openedSoFar();
beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await opened.open(
    startTestServer({
      demo: false,
      prepare: async (_database, deps) => {
        officer = (await buildWardAtWork(deps)).tree.users.commune.officer.username;
      },
    }),
  );
  browser = await opened.open(launchChromium());
});
afterAll(() => opened.closeAll());

async function signedIn(width: number, javaScriptEnabled: boolean): Promise<BrowserContext> {
  const context = await browser.newContext({
    ...WORKSPACE_CONTEXT,
    viewport: { width, height: 800 },
    javaScriptEnabled,
  });
  await signIn(context.request, server.url, officer);
  return context;
}

/** "76,5%" → 76.5, "76.5" → 76.5, "—" → null. */
const figure = (text: string | null): number | null => {
  const n = (text ?? '').replace(/[^\d,.]/g, '').replace(',', '.');
  return n ? Number(n) : null;
};

describe('the dashboard, opened fresh', () => {
  it('is readable on a phone with scripts off: its figures, a chart drawn for the phone, what is due', async () => {
    const context = await signedIn(360, false);
    const page = await context.newPage();
    await page.goto(`${server.url}/app/dashboard`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Tổng quan');
    expect(figure(await page.getByTestId('kpi-rate').textContent())).not.toBeNull();
    const chart = page.getByTestId('chart-compliance-week');
    // Of the two drawings, the phone's is shown, the wide one hidden.
    await expect(chart.locator('.narrow svg').isVisible()).resolves.toBe(true);
    await expect(chart.locator('.wide svg').isVisible()).resolves.toBe(false);
    const box = await chart.locator('.narrow svg').boundingBox();
    expect(box?.width).toBeLessThanOrEqual(360);
    expect(box?.width).toBeGreaterThan(250);
    await expect(page.getByTestId('upcoming').locator('li').count()).resolves.toBeGreaterThan(0);
    // The figures behind the chart, as a table, one click away.
    await chart.getByText('Xem số liệu dạng bảng').click();
    await expect(chart.locator('tbody tr').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/phone-no-script.png`, fullPage: true });
    await context.close();
  });

  it("opens the SPA's dashboard from its button, on the same period and with the same figures", async () => {
    const context = await signedIn(1366, true);
    const page = await context.newPage();
    await page.goto(`${server.url}/app/dashboard`);
    const rate = figure(await page.getByTestId('kpi-rate').textContent());
    const met = await page.getByTestId('kpi-met').textContent();
    await page.screenshot({ path: `${SHOTS}/laptop.png`, fullPage: true });
    await page.getByTestId('open-full').click();
    await page.waitForURL(/\/app\/dashboard\?full=1$/);
    // The SPA's cards (antd) print the same numbers.
    const spaRate = page.getByTestId('kpi-rate').locator('.ant-statistic-content');
    await spaRate.waitFor();
    await expect.poll(async () => figure(await spaRate.textContent())).toBe(rate);
    await expect
      .poll(async () =>
        (
          await page.getByTestId('kpi-met').locator('.ant-statistic-content').textContent()
        )?.replace(/\s/g, ''),
      )
      .toBe(met?.replace(/\s/g, ''));
    await page.getByTestId('range-phase').waitFor();
    await context.close();
  });
});
