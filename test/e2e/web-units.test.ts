import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer } from '../support/test-server';
import { apiSignedIn, launchChromium, signedInPage as openSignedIn } from '../support/browser';
import { openedSoFar } from '../support/teardown';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let kaLongId: string;

/** Finds a unit's id the way an admin would, through the API (cambinh cannot see Ka Long). */
async function unitIdAsAdmin(search: string, name: string): Promise<string> {
  const api = await apiSignedIn(server.url, 'admin');
  try {
    const res = await api.get('/api/v1/units', { params: { search } });
    const { items } = (await res.json()) as { items: Array<{ id: string; name: string }> };
    const unit = items.find((u) => u.name === name);
    if (!unit) throw new Error(`${name} is not in the demo world`);
    return unit.id;
  } finally {
    await api.dispose();
  }
}

const signedInPage = (username: string, viewport = { width: 1280, height: 800 }): Promise<Page> =>
  openSignedIn(browser, server.url, username, { viewport });

const opened = openedSoFar();
beforeAll(async () => {
  server = await opened.open(startTestServer({ demo: true }));
  browser = await opened.open(launchChromium());
  kaLongId = await unitIdAsAdmin('ka long', 'Phường Ka Long');
});

afterAll(() => opened.closeAll());

describe('units pages (cambinh, officer of phường Cẩm Bình)', () => {
  it('shows the own unit as the tree root, without write actions or admin menus, accessibly', async () => {
    const page = await signedInPage('cambinh');
    await page.goto(`${server.url}/app/units`);
    const tree = page.getByTestId('unit-tree');
    await tree.getByText('Phường Cẩm Bình', { exact: true }).waitFor();
    await tree.getByText('Khu phố 1', { exact: true }).waitFor();
    await page
      .getByTestId('unit-detail')
      .getByRole('heading', { name: 'Phường Cẩm Bình' })
      .waitFor();
    expect(await page.getByTestId('unit-actions').count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: 'Tài khoản' }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: 'Nhật ký thay đổi' }).count()).toBe(0);

    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await page.context().close();
  });

  it('finds units without diacritics, and nothing outside its subtree', async () => {
    const page = await signedInPage('cambinh');
    await page.goto(`${server.url}/app/units`);
    const search = page.getByRole('searchbox', { name: 'Tìm đơn vị' });

    await search.fill('cam binh');
    const results = page.getByTestId('unit-search-results');
    // The ward by its own name (its units show it again as where they sit).
    await results.locator('strong').getByText('Phường Cẩm Bình', { exact: true }).waitFor();
    expect(await results.getByText('Xã/Phường/Thị trấn').count()).toBeGreaterThan(0);

    await search.fill('ka long');
    const empty = page.getByTestId('unit-search-empty');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('ka long');
    expect(await page.getByTestId('unit-search-results').count()).toBe(0);
    expect(await page.getByText('Phường Ka Long').count()).toBe(0);

    await search.fill('van hoa');
    await results
      .locator('strong')
      .getByText('Bộ phận Văn hóa - Xã hội phường Cẩm Bình', { exact: true })
      .click();
    await page.waitForURL(/\/app\/units\/[0-9a-f-]{36}$/);
    await page
      .getByTestId('unit-detail')
      .getByRole('heading', { name: 'Bộ phận Văn hóa - Xã hội phường Cẩm Bình' })
      .waitFor();
    await page
      .getByTestId('unit-breadcrumb')
      .getByRole('link', { name: 'Phường Cẩm Bình' })
      .waitFor();
    await page.context().close();
  });

  it('says "not found" for a unit outside its subtree, opened by its address', async () => {
    const page = await signedInPage('cambinh');
    await page.goto(`${server.url}/app/units/${kaLongId}`);
    const notFound = page.getByTestId('unit-not-found');
    await notFound.waitFor();
    expect(await notFound.textContent()).toContain('Không tìm thấy đơn vị');
    expect(await page.getByText('Phường Ka Long').count()).toBe(0);
    await page.context().close();
  });

  it('fits a 360 px wide phone: no horizontal scroll, the menu becomes a drawer', async () => {
    const page = await signedInPage('cambinh', { width: 360, height: 740 });
    await page.goto(`${server.url}/app/units`);
    await page.getByTestId('unit-tree').getByText('Khu phố 1', { exact: true }).waitFor();
    const noOverflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      );
    expect(await noOverflow()).toBe(true);

    await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('cam binh');
    await page.getByTestId('unit-search-results').waitFor();
    expect(await noOverflow()).toBe(true);

    expect(await page.getByRole('menuitem', { name: 'Đơn vị' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Mở menu' }).click();
    await page.getByRole('menuitem', { name: 'Đơn vị' }).waitFor();
    expect(await noOverflow()).toBe(true);
    await page.context().close();
  });
});
