import { describe, expect, it } from 'vitest';
import { type Page } from 'playwright-core';
import { buildVoterWard } from '../support/factories';
import { builtWorld } from '../support/journey';

// A voter on a 360 px phone with JavaScript off: the long parts of the election page are folded
// under summaries they can tap, and what they came for is in view without opening anything.

// A ward with three khu phố, whose 2022 election's candidates and results were published.
const world = builtWorld(buildVoterWard);

async function phonePage(): Promise<Page> {
  const context = await world.browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 360, height: 740 },
    locale: 'vi-VN',
  });
  context.setDefaultTimeout(60_000);
  return context.newPage();
}

/** The 2022 village-head election, seen from the phường (every khu phố) or from Khu phố 3. */
async function open2022Election(page: Page, khuPho3: boolean): Promise<void> {
  await page.goto(`${world.url}/tim-kiem?q=binh%20minh`);
  await page.getByRole('link', { name: 'Phường Bình Minh' }).click();
  if (khuPho3) await page.getByRole('link', { name: 'Khu phố 3' }).click();
  await page.getByRole('link', { name: world.built.held.name }).first().click();
}

const pageHeight = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollHeight);

describe('the folded election page', () => {
  it('shows the day, the polling place and the results first, and folds the rest', async () => {
    const page = await phonePage();
    await open2022Election(page, true);
    // In view without opening anything.
    expect(await page.getByRole('heading', { name: 'Ngày bầu cử' }).isVisible()).toBe(true);
    expect(await page.getByText('Cuộc bầu cử đã diễn ra.').isVisible()).toBe(true);
    expect(await page.getByText('Nhà văn hóa khu phố 3').first().isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Kết quả bầu cử' }).isVisible()).toBe(true);
    expect(await page.locator('details #ngay, details #noi-bau, details #ket-qua').count()).toBe(0);
    // Candidates' details, the vote table, voter information and news are behind summaries.
    const cards = page.locator('article.candidate');
    expect(await cards.count()).toBeGreaterThan(0);
    expect(await page.locator('details.fold article.candidate').count()).toBe(await cards.count());
    expect(await cards.first().isVisible()).toBe(false);
    expect(await page.locator('details.fold table').count()).toBe(
      await page.locator('table').count(),
    );
    const programmes = page.locator('details.fold > summary', {
      hasText: /Tiểu sử và chương trình hành động của \d+ người ứng cử/,
    });
    expect(await programmes.count()).toBeGreaterThan(0);
    expect(await page.locator('details.fold[id^="vi-"]').count()).toBeGreaterThan(0);
    // A summary is a row a thumb can tap, and a keyboard reaches it.
    const box = await programmes.first().boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    await programmes.first().focus();
    await page.keyboard.press('Enter');
    expect(await cards.first().isVisible()).toBe(true);
    await page.context().close();
  });

  it('is less than half as tall folded as with everything opened, and nothing is cut out', async () => {
    const page = await phonePage();
    await open2022Election(page, false);
    const folded = await pageHeight(page);
    const text = await page.locator('main').textContent();
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    const opened = await pageHeight(page);
    expect(folded).toBeLessThan(opened / 2);
    // Opening shows; it adds nothing that was not already in the page.
    expect(await page.locator('main').textContent()).toBe(text);
    await page.context().close();
  });

  it('folds the table of the National Assembly history under its chart', async () => {
    const page = await phonePage();
    await page.goto(`${world.url}/lich-su-bau-cu`);
    expect(await page.locator('svg[role="img"]').isVisible()).toBe(true);
    expect(await page.locator('table').isVisible()).toBe(false);
    await page.getByText(/Bảng số liệu 16 khóa/).click();
    expect(await page.locator('table').isVisible()).toBe(true);
    await page.context().close();
  });
});
