import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser } from 'playwright-core';
import { startTestServer } from '../support/test-server';
import { launchChromium, WORKSPACE_CONTEXT } from '../support/browser';
import { openedSoFar } from '../support/teardown';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

const opened = openedSoFar();
beforeAll(async () => {
  server = await opened.open(startTestServer({ demo: true }));
  browser = await opened.open(launchChromium());
});

afterAll(() => opened.closeAll());

describe('login form and change log (admin)', () => {
  it('refuses a wrong password, then signs in and lists the login in the audit log', async () => {
    const context = await browser.newContext(WORKSPACE_CONTEXT);
    context.setDefaultTimeout(60_000);
    const page = await context.newPage();

    // A deep link without a session lands on the login page, and returns there after sign-in.
    await page.goto(`${server.url}/app/audit`);
    await page.waitForURL(/\/app\/login$/);

    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect((await error.textContent())?.trim()).not.toBe('');
    expect(page.url()).toMatch(/\/app\/login$/);

    await page.getByLabel('Mật khẩu', { exact: true }).fill('demo1234');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/app\/audit$/);

    const me = (await (await page.request.get(`${server.url}/api/v1/me`)).json()) as {
      displayName: string;
    };
    await page.getByRole('heading', { name: 'Nhật ký thay đổi' }).waitFor();
    const loginRow = page
      .getByTestId('audit-table')
      .getByRole('row')
      .filter({ hasText: 'Phiên đăng nhập' })
      .filter({ hasText: me.displayName });
    await loginRow.first().waitFor();
    expect(await loginRow.first().getByText('Đăng nhập', { exact: true }).count()).toBe(1);

    // The menu offers what an admin may read.
    await page.getByRole('menuitem', { name: 'Tài khoản' }).waitFor();
    await context.close();
  });
});
