import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signedInPage as openSignedIn } from '../support/browser';
import { buildUnit, buildUser } from '../support/factories';
import { builtWorld } from '../support/journey';

// A ward with its khu phố and a department, and a second ward of the same city: the officer of the
// first sees their own subtree only.
const world = builtWorld(async (deps) => {
  const province = await buildUnit(deps, { name: 'Tỉnh thử', kind: 'province' });
  const city = await buildUnit(deps, { parent: province, name: 'Thành phố thử', kind: 'district' });
  const ward = await buildUnit(deps, { parent: city, name: 'Phường Bình Minh', kind: 'commune' });
  for (const n of [1, 2])
    await buildUnit(deps, { parent: ward, name: `Khu phố ${n}`, kind: 'village' });
  await buildUnit(deps, {
    parent: ward,
    name: 'Bộ phận Văn hóa - Xã hội phường Bình Minh',
    kind: 'agency',
  });
  const otherWard = await buildUnit(deps, { parent: city, name: 'Phường Hà Lầm', kind: 'commune' });
  const officer = await buildUser(deps, ward, { username: 'canbo.binhminh', role: 'officer' });
  return { officer: officer.username, otherWardId: otherWard.id };
});

const signedInPage = (viewport = { width: 1280, height: 800 }): Promise<Page> =>
  openSignedIn(world.browser, world.url, world.built.officer, { viewport });

describe('units pages (an officer of a ward)', () => {
  it('shows the own unit as the tree root, without write actions or admin menus, accessibly', async () => {
    const page = await signedInPage();
    await page.goto(`${world.url}/app/units`);
    const tree = page.getByTestId('unit-tree');
    await tree.getByText('Phường Bình Minh', { exact: true }).waitFor();
    await tree.getByText('Khu phố 1', { exact: true }).waitFor();
    await page
      .getByTestId('unit-detail')
      .getByRole('heading', { name: 'Phường Bình Minh' })
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
    const page = await signedInPage();
    await page.goto(`${world.url}/app/units`);
    const search = page.getByRole('searchbox', { name: 'Tìm đơn vị' });

    await search.fill('binh minh');
    const results = page.getByTestId('unit-search-results');
    // The ward by its own name (its units show it again as where they sit).
    await results.locator('strong').getByText('Phường Bình Minh', { exact: true }).waitFor();
    expect(await results.getByText('Xã/Phường/Thị trấn').count()).toBeGreaterThan(0);

    await search.fill('ha lam');
    const empty = page.getByTestId('unit-search-empty');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('ha lam');
    expect(await page.getByTestId('unit-search-results').count()).toBe(0);
    expect(await page.getByText('Phường Hà Lầm').count()).toBe(0);

    await search.fill('van hoa');
    await results
      .locator('strong')
      .getByText('Bộ phận Văn hóa - Xã hội phường Bình Minh', { exact: true })
      .click();
    await page.waitForURL(/\/app\/units\/[0-9a-f-]{36}$/);
    await page
      .getByTestId('unit-detail')
      .getByRole('heading', { name: 'Bộ phận Văn hóa - Xã hội phường Bình Minh' })
      .waitFor();
    await page
      .getByTestId('unit-breadcrumb')
      .getByRole('link', { name: 'Phường Bình Minh' })
      .waitFor();
    await page.context().close();
  });

  it('says "not found" for a unit outside its subtree, opened by its address', async () => {
    const page = await signedInPage();
    await page.goto(`${world.url}/app/units/${world.built.otherWardId}`);
    const notFound = page.getByTestId('unit-not-found');
    await notFound.waitFor();
    expect(await notFound.textContent()).toContain('Không tìm thấy đơn vị');
    expect(await page.getByText('Phường Hà Lầm').count()).toBe(0);
    await page.context().close();
  });

  it('fits a 360 px wide phone: no horizontal scroll, the menu becomes a drawer', async () => {
    const page = await signedInPage({ width: 360, height: 740 });
    await page.goto(`${world.url}/app/units`);
    await page.getByTestId('unit-tree').getByText('Khu phố 1', { exact: true }).waitFor();
    const noOverflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      );
    expect(await noOverflow()).toBe(true);

    await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('binh minh');
    await page.getByTestId('unit-search-results').waitFor();
    expect(await noOverflow()).toBe(true);

    expect(await page.getByRole('menuitem', { name: 'Đơn vị' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Mở menu' }).click();
    await page.getByRole('menuitem', { name: 'Đơn vị' }).waitFor();
    expect(await noOverflow()).toBe(true);
    await page.context().close();
  });
});
