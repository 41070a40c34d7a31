import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, Page } from 'playwright-core';
import { foldVietnamese } from '../../src/domain/shared/text';
import { apiSignedIn, signedInPage as openSignedIn } from '../support/browser';
import {
  buildCandidate,
  buildElection,
  buildPolling,
  buildTree,
  buildUnit,
} from '../support/factories';
import { builtWorld } from '../support/journey';

// What is typed is what is saved: the results form refuses "-3" (antd would have clamped it to
// 0) and reopens with the saved count; unit search tells two wards of one name apart by place.

const SHOTS = 'test-results/typed-values';

// A ward's khu phố election held in 2022 (results may be entered), one district with two
// candidates for one seat; and a second city of the province, for a second ward of the same name.
const world = builtWorld(async (deps) => {
  const tree = await buildTree(deps);
  const { election } = await buildElection(deps, tree.commune, {
    name: `Bầu cử Trưởng khu phố ${tree.commune.name} nhiệm kỳ 2022 - 2025`,
    electionDay: '2022-06-05',
  });
  const { districts } = await buildPolling(deps, election, [
    {
      district: `${tree.village.name} — ${tree.commune.name}`,
      name: `Nhà văn hóa ${tree.village.name}`,
      address: `Nhà văn hóa ${tree.village.name}, ${tree.commune.name}`,
      commune: tree.commune,
      villages: [tree.village],
    },
  ]);
  const [district] = districts;
  if (!district) throw new Error('no district imported');
  for (const sort of [0, 1]) await buildCandidate(deps, district, { sort });
  const city = await buildUnit(deps, {
    parent: tree.province,
    name: 'Thành phố Bình Sơn',
    kind: 'district',
  });
  return { tree, city, election };
});

const signedInPage = (username: string, width = 1280): Promise<Page> =>
  openSignedIn(world.browser, world.url, username, { viewport: { width, height: 900 } });

const apiAs = (username: string): Promise<APIRequestContext> => apiSignedIn(world.url, username);

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

describe('the results form (an officer of the ward, an election held in 2022)', () => {
  it('refuses a vote of "-3" naming the candidate, saves nothing, and reopens with what was saved', async () => {
    const { tree, election } = world.built;
    const officer = tree.users.commune.officer.username;
    const page = await signedInPage(officer);
    await page.goto(`${world.url}/app/elections`);
    await page.getByRole('link', { name: election.name }).click();
    await page.getByRole('tab', { name: 'Kết quả' }).click();
    expect(new URL(page.url()).pathname.split('/').at(-1)).toBe(election.id);
    const electionId = election.id;
    await page.getByRole('button', { name: 'Nhập kết quả' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Cử tri trong danh sách').fill('300');
    await dialog.getByLabel('Phiếu phát ra').fill('200');
    await dialog.getByLabel('Phiếu hợp lệ', { exact: true }).fill('198');
    await dialog.getByLabel('Phiếu không hợp lệ').fill('2');
    const votes = dialog.getByRole('spinbutton').nth(4);
    await votes.fill('-3');
    await dialog.getByRole('button', { name: /OK|Đồng ý/ }).click();
    await dialog
      .getByText(/phải là số nguyên từ 0 đến 10\.000\.000\./)
      .first()
      .waitFor();
    // Never clamped: the field still says what was typed.
    expect(await votes.inputValue()).toBe('-3');
    await page.screenshot({ path: `${SHOTS}/results-refused.png` });
    const api = await apiAs(officer);
    const before = (await (await api.get(`/api/v1/elections/${electionId}/results`)).json()) as {
      items: Array<{ districtId: string; entered: boolean }>;
    };
    expect(before.items.some((r) => r.entered)).toBe(false);

    const spins = dialog.getByRole('spinbutton');
    const candidates = (await spins.count()) - 4;
    await votes.fill('120');
    for (let i = 1; i < candidates; i++) await spins.nth(4 + i).fill('0');
    await dialog.getByRole('button', { name: /OK|Đồng ý/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const after = (await (await api.get(`/api/v1/elections/${electionId}/results`)).json()) as {
      items: Array<{
        entered: boolean;
        rows: Array<{ ballotsIssued: number; votes: Record<string, number> }>;
      }>;
    };
    const saved = after.items.find((r) => r.entered);
    expect(saved?.rows[0]?.ballotsIssued).toBe(200);
    expect(Object.values(saved?.rows[0]?.votes ?? {})).toContain(120);
    await api.dispose();

    await page.getByRole('button', { name: 'Nhập kết quả' }).first().click();
    await dialog.getByText('Đang hiện số liệu bạn đã nhập').waitFor();
    expect(await dialog.getByLabel('Phiếu phát ra').inputValue()).toBe('200');
    expect(await dialog.getByRole('spinbutton').nth(4).inputValue()).toBe('120');
    await page.screenshot({ path: `${SHOTS}/results-reopened.png` });
    await page.context().close();
  });
});

describe('unit search (admin)', () => {
  it('tells two units of one name apart by the places above them', async () => {
    const { tree, city } = world.built;
    const admin = tree.users.province.admin.username;
    const api = await apiAs(admin);
    // The province's admin adds a ward named like the tree's one, in the other city.
    const made = await api.post('/api/v1/units', {
      data: { parentId: city.id, name: tree.commune.name, kind: 'commune' },
    });
    expect(made.status()).toBe(201);
    await api.dispose();

    for (const width of [1366, 360]) {
      const page = await signedInPage(admin, width);
      await page.goto(`${world.url}/app/units`);
      await page
        .getByRole('searchbox', { name: 'Tìm đơn vị' })
        .fill(foldVietnamese(tree.commune.name));
      const results = page.getByTestId('unit-search-results');
      const above = (district: string) => `${district} — ${tree.province.name}`;
      await results.getByText(above(tree.district.name), { exact: true }).waitFor();
      await results.getByText(above(city.name), { exact: true }).waitFor();
      expect(await results.getByText(tree.commune.name, { exact: true }).count()).toBe(2);
      await page.screenshot({ path: `${SHOTS}/unit-search-${width}.png` });
      await page.context().close();
    }
  });

  it('a unit picker shows where each match sits', async () => {
    const { tree, city } = world.built;
    const page = await signedInPage(tree.users.province.admin.username);
    await page.goto(`${world.url}/app/claims`);
    await page
      .getByRole('button', { name: /Ghi nhận|Thêm/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').first().click();
    await page.keyboard.type(foldVietnamese(tree.commune.name));
    await page.locator('.ant-select-item-option', { hasText: tree.commune.name }).first().waitFor();
    await page.getByText(`${city.name} — ${tree.province.name}`).first().waitFor();
    await page.screenshot({ path: `${SHOTS}/unit-picker.png` });
    await page.context().close();
  });
});
