import { describe, expect, it } from 'vitest';
import { WORKSPACE_CONTEXT } from '../support/browser';
import { buildUnit, buildUser } from '../support/factories';
import { builtWorld } from '../support/journey';

// A province and its administrator: the login form and the change log need nothing else.
const world = builtWorld(async (deps) => {
  const province = await buildUnit(deps, { name: 'Tỉnh thử', kind: 'province' });
  return buildUser(deps, province, {
    username: 'quantri.tinh',
    displayName: 'Quản trị tỉnh thử',
    role: 'admin',
  });
});

describe('login form and change log (admin)', () => {
  it('refuses a wrong password, then signs in and lists the login in the audit log', async () => {
    const admin = world.built;
    const context = await world.browser.newContext(WORKSPACE_CONTEXT);
    context.setDefaultTimeout(60_000);
    const page = await context.newPage();

    // A deep link without a session lands on the login page, and returns there after sign-in.
    await page.goto(`${world.url}/app/audit`);
    await page.waitForURL(/\/app\/login$/);

    await page.getByLabel('Tên đăng nhập').fill(admin.username);
    await page.getByLabel('Mật khẩu', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect((await error.textContent())?.trim()).not.toBe('');
    expect(page.url()).toMatch(/\/app\/login$/);

    await page.getByLabel('Mật khẩu', { exact: true }).fill('demo1234');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/app\/audit$/);

    const me = (await (await page.request.get(`${world.url}/api/v1/me`)).json()) as {
      displayName: string;
    };
    expect(me.displayName).toBe(admin.displayName);
    await page.getByRole('heading', { name: 'Nhật ký thay đổi' }).waitFor();
    const loginRow = page
      .getByTestId('audit-table')
      .getByRole('row')
      .filter({ hasText: 'Phiên đăng nhập' })
      .filter({ hasText: admin.displayName });
    await loginRow.first().waitFor();
    expect(await loginRow.first().getByText('Đăng nhập', { exact: true }).count()).toBe(1);

    // The menu offers what an admin may read.
    await page.getByRole('menuitem', { name: 'Tài khoản' }).waitFor();
    await context.close();
  });
});
