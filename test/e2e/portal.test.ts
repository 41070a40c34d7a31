import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { type Page } from 'playwright-core';
import { buildVoterWard } from '../support/factories';
import { builtWorld } from '../support/journey';

// A voter's journey through the public portal with JavaScript off, on a 360 px phone, and axe
// on three of its pages: a ward with three khu phố, their 2022 election held and one ahead.
const world = builtWorld(buildVoterWard);

async function phonePage(javaScriptEnabled: boolean): Promise<Page> {
  const context = await world.browser.newContext({
    javaScriptEnabled,
    viewport: { width: 360, height: 740 },
    locale: 'vi-VN',
  });
  context.setDefaultTimeout(60_000);
  return context.newPage();
}

describe('the portal without JavaScript', () => {
  it('takes a voter from the home page to their khu phố: where to vote, candidates, results', async () => {
    const { held } = world.built;
    const page = await phonePage(false);
    await page.goto(`${world.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.getByLabel('Tên tỉnh, xã, phường, thôn, khu phố').fill('binh minh');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.getByRole('link', { name: 'Phường Bình Minh' }).click();
    await page.getByRole('link', { name: 'Khu phố 3' }).click();
    await page.getByRole('link', { name: held.name }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'Khu phố 3',
    );
    expect(await page.getByText('Nhà văn hóa khu phố 3').first().isVisible()).toBe(true);
    expect(await page.getByText('Dữ liệu mẫu:').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Kết quả bầu cử' }).isVisible()).toBe(true);
    // Nothing is wider than the phone.
    const overflow = await page
      .evaluate(() => document.documentElement.scrollWidth)
      .catch(() => 360);
    expect(overflow).toBeLessThanOrEqual(360);
    await page.getByRole('link', { name: 'Lịch sử bầu cử Quốc hội' }).click();
    expect(await page.locator('svg[role="img"]').count()).toBe(1);
    await page.context().close();
  });

  it('counts down to the upcoming election and lists the steps ahead', async () => {
    const page = await phonePage(false);
    await page.goto(`${world.url}/`);
    await page.getByRole('link', { name: world.built.ahead.name }).first().click();
    expect(await page.getByText('Còn 42 ngày nữa đến ngày bầu cử').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Các bước sắp tới' }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('answers an unknown place with a friendly page and a search', async () => {
    const page = await phonePage(false);
    const res = await page.goto(`${world.url}/dia-phuong/00000000-0000-4000-8000-000000000000`);
    expect(res?.status()).toBe(404);
    expect(await page.getByRole('searchbox').isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('portal accessibility', () => {
  it('has no serious or critical axe violations on the home, election and history pages', async () => {
    const page = await phonePage(true);
    await page.goto(`${world.url}/`);
    const electionHref = await page
      .getByRole('link', { name: world.built.held.name })
      .first()
      .getAttribute('href');
    for (const path of ['/', electionHref ?? '/', '/lich-su-bau-cu']) {
      await page.goto(`${world.url}${path}`);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(
        serious.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    }
    await page.context().close();
  });
});
