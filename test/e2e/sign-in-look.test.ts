import { describe, expect, it } from 'vitest';
import { runtimeRules } from '../support/antd-styles';
import { builtWorld } from '../support/journey';

// The sign-in page is drawn before anyone signs in, so it looks the same on any data: the database
// holds nothing.
const world = builtWorld(() => Promise.resolve(null));

describe('the sign-in page’s look', () => {
  it('draws the sign-in page with antd’s look before anyone signs in', async () => {
    const context = await world.browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${world.url}/app/login`);
    const button = page.getByRole('button', { name: 'Đăng nhập' });
    await button.waitFor();
    // The theme's primary colour on antd's primary button: both the CSS file and the variables.
    expect(await button.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(
      'rgb(21, 88, 176)',
    );
    expect(await runtimeRules(page)).toEqual([]);
    await context.close();
  });
});
