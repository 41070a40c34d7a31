import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser } from 'playwright-core';
import { startTestServer } from '../support/test-server';
import { launchChromium, signedInPage } from '../support/browser';
import { openedSoFar } from '../support/teardown';

// The plan editor's assignment to "all units of a kind below", in Chromium, on the demo world.
const UUID = '[0-9a-f-]{36}';
const WAIT = { timeout: 60_000 };

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

const opened = openedSoFar();
beforeAll(async () => {
  server = await opened.open(startTestServer({ demo: true }));
  browser = await opened.open(launchChromium());
});

afterAll(() => opened.closeAll());

describe('assigning a heading to every khu phố (cambinh)', () => {
  it('says which units will get the tasks before the plan is issued', async () => {
    const page = await signedInPage(browser, server.url, 'cambinh', {
      viewport: { width: 1280, height: 900 },
    });
    await page.goto(`${server.url}/app/plans`);
    await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
    await page.waitForURL(new RegExp(`/app/plans/${UUID}$`));
    await page.getByRole('button', { name: 'Thêm đơn vị thực hiện' }).click();
    const block = page.getByTestId('plan-assignment').first();
    const preview = block.getByTestId('assignment-preview');
    expect(await preview.textContent()).toContain('Chưa chọn đơn vị nào trong Loa');

    await block.getByTestId('assignment-all-of-kind').click();
    await page.getByTitle('Thôn/Khu phố/Tổ dân phố', { exact: true }).click();
    await expect
      .poll(() => preview.textContent(), WAIT)
      .toMatch(/^Sẽ giao cho 8 đơn vị: Khu phố 1, Khu phố 2, .*Khu phố 8$/);
    await page.context().close();
  });
});
