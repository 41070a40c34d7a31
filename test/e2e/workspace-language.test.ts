import { describe, expect, it } from 'vitest';
import { builtWorld } from '../support/journey';

// English is downloaded only when someone picks it; the choice survives a reload. The sign-in page
// is the same on any data, so the database holds nothing.
const world = builtWorld(() => Promise.resolve(null));

describe('the sign-in page’s language', () => {
  it('comes in Vietnamese alone, and switches to English on demand, remembered', async () => {
    const context = await world.browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(`${world.url}/app/login`);
    await page.getByLabel('Tên đăng nhập').waitFor();
    await page.waitForLoadState('networkidle');
    const before = scripts.length;

    await page.getByTestId('language-switch').click();
    await page.getByLabel('Username').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // The English catalogue came as scripts of its own, after the click.
    expect(scripts.length).toBeGreaterThan(before);

    await page.reload();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.getByTestId('language-switch').click();
    await page.getByLabel('Tên đăng nhập').waitFor();
    await context.close();
  });
});
